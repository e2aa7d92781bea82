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

  it('keeps a sentence whole across the links and emphasis inside it', () => {
    const doc = new JSDOM(
      `<body><div id="body">We're not certain when Apple last issued four updates to the MacBook Pro within 18 months. But, here we are.<br><br>
      Just months after the last i9 <a href="/topic/macbook-pro">MacBook Pro</a> was released, Apple has <em>unveiled</em> its 16-inch MacBook Pro.<br><br>
      <a href="/a">Related: one</a> <a href="/b">Related: two laptops compared</a><br>
      <div class="embed">An embedded card with its own text, long enough to count.</div>
      Der Rüstungskonzern Rheinmetall ist nach <strong>NDR</strong>-Recherchen von einem Datenleck betroffen.</div></body>`,
    ).window.document;
    const texts = looseTextBlocks(doc.getElementById('body')!).map((b) => b.text);
    expect(texts).toEqual([
      "We're not certain when Apple last issued four updates to the MacBook Pro within 18 months. But, here we are.",
      'Just months after the last i9 MacBook Pro was released, Apple has unveiled its 16-inch MacBook Pro.',
      'Der Rüstungskonzern Rheinmetall ist nach NDR-Recherchen von einem Datenleck betroffen.',
    ]);
  });
});
