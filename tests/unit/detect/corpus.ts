/** Loads the corpus pages (tests/fixtures/pages) and this suite's own pages (tests/fixtures/heuristics). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export interface CorpusTruth {
  url: string;
  is_news_article: boolean;
  auto_expected?: boolean;
  promo_selectors?: string[];
  keep_selectors?: string[];
  article_text_must_include?: string[];
}

export interface CorpusPage {
  name: string;
  truth: CorpusTruth;
  html: string;
}

const DIRS = ['tests/fixtures/pages', 'tests/fixtures/heuristics'];

export function loadCorpus(): CorpusPage[] {
  return DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.truth.json'))
      .sort()
      .map((f) => {
        const name = f.replace(/\.truth\.json$/, '');
        return {
          name,
          truth: JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusTruth,
          html: readFileSync(join(dir, `${name}.html`), 'utf8'),
        };
      }),
  );
}

/** The page as the early content script sees it at DOMContentLoaded: parsed, page scripts not run. */
export function parse(page: CorpusPage): Document {
  return new JSDOM(page.html, { url: page.truth.url }).window.document;
}

/** Pages that get automatic cleanup: crypto news articles. */
export function expectsArticle(truth: CorpusTruth): boolean {
  return truth.is_news_article && truth.auto_expected !== false;
}
