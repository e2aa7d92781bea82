/**
 * One site of the catalogue. The file name under src/sites/ is its id. Each site file also exports
 * `examples`, real-looking URLs for the catalogue tests: a separate export so that they stay out of the
 * content-script bundle (only the default export is imported by index.ts).
 */
export interface SiteDefinition {
  /** Name shown in the options page and the README. */
  name: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
  /**
   * Cosmetic rules in uBlock Origin / Adblock Plus syntax (parsed by src/clean/cosmetic.ts), without the
   * domain part: `##.selector`, `#@#.selector` (exception), procedural `:has-text(...)` / `:has(...)`.
   * A domain prefix narrows a rule to one host of the site (`ru.beincrypto.com##.telegram-banner`).
   * They apply to every page the match patterns cover, news or not: keep them safe there (docs/site-rules.md).
   */
  rules: string[];
  /** Optional selector of the element that holds the article body, only where a public source shows it. */
  articleRoot?: string;
}

export interface Site extends SiteDefinition {
  id: string;
}

export function defineSite(site: SiteDefinition): SiteDefinition {
  return site;
}
