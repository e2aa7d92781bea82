// Inputs of 100 000 characters shaped to make the old regular expressions quadratic (security review F7).
// These tests assert the answers; how long they take is measured by `npm run bench` (scripts/bench-redos.ts),
// not here, so a busy machine cannot fail them.
import { describe, expect, it } from 'vitest';
import { findDisclosures } from '../../../src/disclose/index';
import { labelText } from '../../../src/disclose/sponsored';
import { findPublisherEdition } from '../../../src/translate/publisher-edition';
import { sameInlineMarkup, tokenizeInlineHtml, translateTextRuns } from '../../../src/translate/inline-html';

const N = 100_000;

describe('inline HTML tokenizer on hostile input', () => {
  it('keeps 100k unclosed comment openers as text, losslessly', () => {
    const html = '<!--'.repeat(N / 4);
    const tokens = tokenizeInlineHtml(html);
    expect(tokens).toEqual([{ kind: 'text', value: html }]);
  });

  it('still finds a comment closed at the very end, and tags after it', () => {
    const html = `${'<!--'.repeat(N / 4)}-->`;
    expect(tokenizeInlineHtml(html)).toEqual([{ kind: 'tag', value: html }]);
    const mixed = `<b>a</b>${'<!--x'.repeat(1000)}--><i>b</i>`;
    const tokens = tokenizeInlineHtml(mixed);
    expect(tokens.map((t) => t.value).join('')).toBe(mixed);
    expect(tokens.filter((t) => t.kind === 'tag').map((t) => t.value.slice(0, 4))).toEqual([
      '<b>',
      '</b>',
      '<!--',
      '<i>',
      '</i>',
    ]);
  });

  it('makes the rest text after a tag that never closes (100k `<a "`)', () => {
    const html = `<em>ok</em>${'<a "'.repeat(N / 4)}`;
    const tokens = tokenizeInlineHtml(html);
    expect(tokens.map((t) => t.value).join('')).toBe(html);
    expect(tokens.slice(0, 3).map((t) => t.kind)).toEqual(['tag', 'text', 'tag']);
    expect(tokens.at(-1)).toEqual({ kind: 'text', value: '<a "'.repeat(N / 4) });
  });

  it('keeps quoted > inside attributes as part of the tag', () => {
    expect(tokenizeInlineHtml('<a title="1 > 0" href="#">x</a>').map((t) => t.value)).toEqual([
      '<a title="1 > 0" href="#">',
      'x',
      '</a>',
    ]);
  });

  it('translates text runs surrounded by 100k spaces, keeping the spaces', async () => {
    const html = `${' '.repeat(N)}Bonjour${' '.repeat(N)}<b>monde</b>`;
    const out = await translateTextRuns(html, (texts) => Promise.resolve(texts.map((t) => t.toUpperCase())));
    expect(out).toBe(`${' '.repeat(N)}BONJOUR${' '.repeat(N)}<b>MONDE</b>`);
    expect(sameInlineMarkup(html, out)).toBe(true);
  });
});

describe('disclosure labels and datelines on hostile input', () => {
  it('reads a short label between brackets, and no label from 100k of punctuation', () => {
    const doc = document.implementation.createHTMLDocument('');
    const label = doc.createElement('span');
    label.textContent = '[ Sponsored ]';
    expect(labelText(label)).toBe('Sponsored');
    label.textContent = `${'-'.repeat(N)}x${'-'.repeat(N)}`;
    expect(labelText(label)).toBe('');
  });

  it('finds a press-release dateline in a paragraph of 100k spaces and brackets', () => {
    const doc = document.implementation.createHTMLDocument('');
    const articleOf = (...texts: string[]): HTMLElement => {
      const article = doc.createElement('article');
      for (const text of texts) article.append(Object.assign(doc.createElement('p'), { textContent: text }));
      doc.body.replaceChildren(article);
      return article;
    };
    const article = articleOf(`${' '.repeat(N)}[ PRESS RELEASE – London ]`, '['.repeat(N));
    const found = findDisclosures(doc, article, 'https://news.example.com/a');
    // The dateline is past the first 400 characters: a real one opens the paragraph.
    expect(found.filter((d) => d.kind === 'sponsored')).toEqual([]);
    const opening = findDisclosures(
      doc,
      articleOf(`[ PRESS RELEASE – London ]${' '.repeat(N)}`),
      'https://news.example.com/a',
    );
    expect(opening.map((d) => d.kind)).toContain('sponsored');
  });
});

describe('publisher edition on hostile input', () => {
  it('compares page addresses with 100k slashes, and rejects addresses past 8 192 characters', () => {
    const doc = document.implementation.createHTMLDocument('');
    const link = doc.createElement('link');
    link.rel = 'alternate';
    link.hreflang = 'fr';
    link.href = `https://news.example.com/${'/'.repeat(6000)}fr`;
    doc.head.append(link);
    expect(findPublisherEdition(doc, `https://news.example.com/${'/'.repeat(6000)}en`, 'fr')).toBe(link.href);
    link.href = `https://news.example.com/${'/'.repeat(N)}fr`;
    expect(findPublisherEdition(doc, 'https://news.example.com/en', 'fr')).toBeNull();
  });
});
