/** Loads the corpus pages (tests/fixtures/pages) and this suite's own (tests/fixtures/disclose) for the detectors. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { compileRules, parseCosmeticRules } from '../../../src/clean/cosmetic';
import { findPromotions } from '../../../src/clean/heuristics';
import { createHideState } from '../../../src/clean/hide';
import { findArticleRoot } from '../../../src/detect/article-root';
import { findSite } from '../../../src/sites/find-site';

export interface Truth {
  url: string;
  is_news_article: boolean;
  client_rendered?: boolean;
  disclosures_expected?: string[];
  [key: string]: unknown;
}

export interface Page {
  name: string;
  dir: string;
  truth: Truth;
  html: string;
}

export const PAGES_DIR = 'tests/fixtures/pages';
export const OWN_DIR = 'tests/fixtures/disclose';

export function loadPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.truth\.json$/, '');
      return {
        name,
        dir,
        truth: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth,
        html: readFileSync(join(dir, `${name}.html`), 'utf8'),
      };
    });
}

/** The page as the article script sees it: parsed, client-rendered pages after their script ran. */
export async function openPage(page: Page): Promise<{ doc: Document; root: Element | null }> {
  let doc: Document;
  if (page.truth.client_rendered) {
    const dom = new JSDOM(page.html, { url: page.truth.url, runScripts: 'dangerously' });
    await new Promise((resolve) => dom.window.addEventListener('load', resolve));
    doc = dom.window.document;
  } else {
    doc = new JSDOM(page.html, { url: page.truth.url }).window.document;
  }
  return { doc, root: findArticleRoot(doc, findSite(page.truth.url)?.articleRoot) };
}

/**
 * Hides what the extension hides before the panel is built: the site's cosmetic rules (marked, as
 * HideState.markSiteMatches does) and the heuristics' promotions. Procedural rules are left out.
 */
export function applyCleanup(doc: Document, url: string, root: Element | null): void {
  const site = findSite(url);
  const { rules } = parseCosmeticRules(site?.rules ?? []);
  const { selectors } = compileRules(rules, new URL(url).hostname);
  const state = createHideState(doc, selectors);
  state.markSiteMatches();
  state.mark(
    findPromotions(doc, root).map((m) => m.element),
    'heuristic',
  );
}
