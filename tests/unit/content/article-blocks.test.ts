/** Key points need paragraphs; a body of text and <br> has none as elements. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleTextBlocks, looseTextBlocks } from '../../../src/content/article-blocks';
import { computeKeyPoints } from '../../../src/content/key-points';
import { findArticleRoot } from '../../../src/detect/article-root';
import { summarize } from '../../../src/summarize/summarize';

const html = readFileSync(
  join(import.meta.dirname, '../../fixtures/article-shapes/text-and-br.html'),
  'utf8',
);

describe('looseTextBlocks', () => {
  it('reads each line of a text-and-<br> body as a paragraph, in order', () => {
    const doc = new JSDOM(html).window.document;
    const root = findArticleRoot(doc)!;
    expect(articleTextBlocks(root)).toEqual([]);
    const blocks = looseTextBlocks(root);
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(blocks[0]!.text).toMatch(/^\[엔터미디어=정덕현의 이슈공감\]/);
    expect(blocks.every((b) => b.element === root)).toBe(true);
  });

  it('gives key points from those lines', () => {
    const doc = new JSDOM(html, { url: 'https://news.example.org/2018/08/25/story' }).window.document;
    const points = computeKeyPoints(doc, findArticleRoot(doc), null, summarize);
    expect(points.points.length).toBeGreaterThanOrEqual(3);
    expect(points.targets.every((t) => t?.id === '_article')).toBe(true);
  });
});
