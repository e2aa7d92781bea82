export declare const CHROMIUM_CANDIDATES: string[];
export declare const QUIET_CHROMIUM_FLAGS: string[];
export declare function chromiumPath(): string | null;
