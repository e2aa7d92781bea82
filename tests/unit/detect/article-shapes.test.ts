/** The article-root finder and detection on shapes of real markup (tests/fixtures/article-shapes). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticleRoot, paragraphText } from '../../../src/detect/article-root';
import { detectArticle } from '../../../src/detect/detect-article';

const DIR = join(import.meta.dirname, '../../fixtures/article-shapes');

function load(name: string, url = 'https://news.example.org/news/2019/some-story'): Document {
  return new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8'), { url }).window.document;
}

describe('findArticleRoot on real shapes', () => {
  it('passes over a metadata copy of itemprop=articleBody that has no paragraphs', () => {
    const root = findArticleRoot(load('microdata-metadata-copy'));
    expect(root?.classList.contains('post-content')).toBe(true);
  });

  it('takes the parent of paragraphs that each carry itemprop=articleBody', () => {
    const doc = load('microdata-every-paragraph');
    const root = findArticleRoot(doc);
    expect(root?.tagName).toBe('MAIN');
    expect(paragraphText(root!).paragraphs).toBeGreaterThanOrEqual(4);
  });

  it('reads a body of text and <br> without <p> as paragraphs', () => {
    const root = findArticleRoot(load('text-and-br'));
    expect(root?.id).toBe('_article');
    const { paragraphs, chars } = paragraphText(root!);
    expect(paragraphs).toBeGreaterThanOrEqual(4);
    expect(chars).toBeGreaterThan(200);
  });

  it('counts text around <br> only where it is direct text, not a metadata blob', () => {
    // The metadata copy is one text node with no <br>: it is not body paragraphs.
    const doc = load('microdata-metadata-copy');
    const copy = doc.querySelector('.hidden [itemprop="articleBody"]')!;
    expect(paragraphText(copy).chars).toBe(0);
  });
});

describe('detectArticle on real shapes', () => {
  it.each([
    ['microdata-metadata-copy', 'https://www.bitget.com/de/news/detail/12561325522240'],
    ['microdata-every-paragraph', 'https://www.bitget.com/de/news/detail/12561714114101'],
    ['text-and-br', 'https://www.bitget.com/ko/news/detail/12566947903011'],
    ['short-brief', 'https://www.bitget.com/fr/news/detail/12569453028014'],
  ])('%s is an article on a catalogue site', (name, url) => {
    const d = detectArticle(load(name, url), new URL(url), {});
    expect(d.isArticle, d.reasons.join('; ')).toBe(true);
  });

  it('takes a short brief for news only with a headline and an article address', () => {
    const brief = detectArticle(load('short-brief'), new URL('https://www.dw.com/fr/contact'), {});
    expect(brief.articleShaped, brief.reasons.join('; ')).toBe(false);
    const d = detectArticle(load('short-brief'), new URL('https://www.bitget.com/fr/news/detail/1'), {});
    expect(d.reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/short body/), '+1 h1 before body']),
    );
  });

  it('leaves these non-crypto pages alone outside the catalogue (no site passed)', () => {
    for (const name of [
      'microdata-metadata-copy',
      'microdata-every-paragraph',
      'text-and-br',
      'short-brief',
    ]) {
      const d = detectArticle(load(name), new URL('https://news.example.org/news/2019/some-story'));
      expect(d.isArticle, name).toBe(false);
    }
  });
});
