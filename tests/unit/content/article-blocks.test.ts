/** Key points need paragraphs; a body of text and <br> has none as elements. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleTextBlocks, looseTextBlocks } from '../../../src/content/article-blocks';
import { computeKeyPoints } from '../../../src/content/key-points';
import { findArticleRoot } from '../../../src/detect/article-root';
import { extractArticle } from '../../../src/extract/article';
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

  it('takes no point from a comment thread written as text and <br>, even when it is the root given', () => {
    const comment = (user: string, lines: string[]) =>
      `<div class="comment"><div class="username"><a href="/members/${user}">${user}</a></div>
       <div class="content">${lines.join('<br><br>')}</div></div>`;
    const doc = new JSDOM(
      `<html lang="en"><head><title>13-inch MacBook Pro with scissor keyboard expected in 2020</title></head><body>
      <article><h1>13-inch MacBook Pro with scissor keyboard expected in 2020</h1>
      <p>Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the first half of 2020, according to industry sources.</p>
      <p>The report claims the display size will remain 13.3 inches, although a larger 14-inch display cannot be ruled out yet.</p>
      <p>The new 16-inch MacBook Pro features a redesigned scissor switch keyboard, largely based on the standalone Magic Keyboard.</p>
      <p>The entry-level 13-inch MacBook Pro was last updated in July, while the higher-end models were refreshed in May.</p></article>
      <div id="thread">${comment('Zdigital2015', [
        'I agree but it begs the question who the heck was in charge of the company all these years.',
        'Before he died, Steve Jobs gave Jony Ive a tremendous amount of veto power inside of Apple.',
      ])}${comment('falkon', [
        'If they offer the new keyboard on a new 14 inch form factor with better graphics, I might buy one.',
        'Best situation is to sell your old laptop and buy the new one before the prices go up again.',
      ])}</div></body></html>`,
      { url: 'https://news.example.org/2019/11/18/macbook-pro' },
    ).window.document;
    // As the panel does: Readability (extras.js) is the fallback when the root gives too little prose.
    const points = computeKeyPoints(doc, doc.getElementById('thread'), null, summarize, {
      extract: extractArticle,
    }).points;
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.join(' ')).not.toMatch(/I agree|Steve Jobs|I might buy|Best situation/);
    expect(points[0]).toMatch(/^Apple plans to release/);
  });

  it('judges the links of a text-and-<br> line by that line, not by the whole body', () => {
    const link = (text: string) => `<a href="/topic/${text.length}">${text}</a>`;
    const doc = new JSDOM(
      `<html lang="en"><head><title>Review: the 16-inch MacBook Pro</title></head><body><h1>Review: the 16-inch MacBook Pro</h1>
      <div id="body">Welcome to the new 16-inch MacBook Pro, a laptop that moves the needle forward in a big way.<br><br>
      Just months after the last i9 ${link('MacBook Pro')} was released, Apple has unveiled its 16-inch ${link('MacBook Pro')} model.<br><br>
      The surface changes are not obvious, as the ${link('16-inch display')} is only half an inch larger on the diagonal.<br><br>
      For this review we examined the ${link('2.4GHz 16-inch MacBook Pro with 512GB of flash storage and 32GB of RAM')}.<br><br>
      Our testing found the ${link('new scissor keyboard')} quieter than the ${link('butterfly keyboard of the 2016 MacBook Pro')}.</div>
      </body></html>`,
      { url: 'https://news.example.org/2019/11/13/review' },
    ).window.document;
    const points = computeKeyPoints(doc, doc.getElementById('body'), null, summarize);
    expect(points.points).toHaveLength(3);
    expect(points.points[0]).toMatch(/^Welcome to the new 16-inch MacBook Pro/);
    expect(points.points.join(' ')).toMatch(/Just months after the last i9 MacBook Pro was released/);
    // Taken from the live body (scroll targets), not from the reader-view fallback.
    expect(points.targets.every((t) => t?.id === 'body')).toBe(true);
  });
});
