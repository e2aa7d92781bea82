export declare const DEMO_URL: string;
export declare const DEMO_FR_URL: string;
export declare function demoPages(root: string): Map<string, string>;
export declare function chromeBuild(root: string, args: string[]): string;
