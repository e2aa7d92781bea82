import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPublisherKeyPoints } from '../../../src/extract/key-points';
import { markOwn } from '../../../src/world/own-nodes';

const pagesDir = join(import.meta.dirname, '../../fixtures/pages');

interface Truth {
  publisher_key_points?: string[];
  client_rendered?: boolean;
  article_text_must_include?: string[];
}

const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => ({
    name: f.replace('.truth.json', ''),
    truth: JSON.parse(readFileSync(join(pagesDir, f), 'utf8')) as Truth,
  }));

async function loadPage(name: string, truth: Truth): Promise<Document> {
  const html = readFileSync(join(pagesDir, `${name}.html`), 'utf8');
  if (!truth.client_rendered) return new JSDOM(html).window.document;
  // This page renders its article from script#__NEXT_DATA__ at DOMContentLoaded, as in a browser.
  const dom = new JSDOM(html, { runScripts: 'dangerously' });
  await new Promise((resolve) => dom.window.addEventListener('load', resolve));
  return dom.window.document;
}

function doc(body: string, lang = 'en'): Document {
  return new JSDOM(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`).window.document;
}

const BODY =
  '<div class="body"><p>Bitcoin rose 4% on Tuesday to trade above $70,000 for the first time in three weeks, as spot ETFs recorded their largest inflows since March.</p>' +
  '<p>Analysts said the move was driven by falling rate expectations and short liquidations on derivatives exchanges.</p></div>';

describe('extractPublisherKeyPoints on the corpus pages', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s', async (name, { truth }) => {
    const document = await loadPage(name, truth);
    const found = extractPublisherKeyPoints(document);
    const expected = truth.publisher_key_points ?? [];
    if (expected.length === 0) {
      expect(found).toBeNull();
      return;
    }
    expect(found?.points).toEqual(expected);
    // Removing the blocks removes the points from the page, and no article text with them.
    for (const block of found?.blocks ?? []) block.remove();
    // Visible text only: SPA pages also carry the article as JSON in a script.
    for (const el of document.querySelectorAll('script, style, template, noscript')) el.remove();
    const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    for (const point of expected) expect(text).not.toContain(point.slice(0, 40));
    const mustStay = (truth.article_text_must_include ?? []).filter(
      (s) => !expected.some((p) => p.includes(s)),
    );
    for (const sentence of mustStay)
      expect(text.toLowerCase()).toContain(sentence.replace(/\s+/g, ' ').toLowerCase());
  });
});

describe('extractPublisherKeyPoints on other shapes', () => {
  it('reads a highlights box after the body', () => {
    const d = doc(
      `<article><h1>Bitcoin tops $70,000</h1>${BODY}<aside class="box"><h3>Highlights</h3><ol><li>Bitcoin topped $70,000 for the first time in three weeks.</li><li>Spot ETFs saw their largest inflows since March.</li></ol></aside></article>`,
    );
    const found = extractPublisherKeyPoints(d);
    expect(found?.points).toEqual([
      'Bitcoin topped $70,000 for the first time in three weeks.',
      'Spot ETFs saw their largest inflows since March.',
    ]);
    expect(found?.blocks).toEqual([d.querySelector('aside')]);
  });

  it('reads an inline TL;DR paragraph as one point', () => {
    const d = doc(
      `<article><h1>Bitcoin tops $70,000</h1><p><strong>TL;DR:</strong> Bitcoin rose 4% to above $70,000 as ETF inflows hit a two-month high.</p>${BODY}</article>`,
    );
    const found = extractPublisherKeyPoints(d);
    expect(found?.points).toEqual(['Bitcoin rose 4% to above $70,000 as ETF inflows hit a two-month high.']);
    expect(found?.blocks[0]?.localName).toBe('p');
  });

  it('reads the paragraph under a TL;DR heading, but not paragraphs under a closing "Summary"', () => {
    const tldr = doc(
      `<article><h1>Bitcoin tops $70,000</h1><div class="tldr"><h2>TL;DR</h2><p>Bitcoin rose 4% to above $70,000 as ETF inflows hit a two-month high.</p></div>${BODY}</article>`,
    );
    expect(extractPublisherKeyPoints(tldr)?.points).toEqual([
      'Bitcoin rose 4% to above $70,000 as ETF inflows hit a two-month high.',
    ]);
    const closing = doc(
      `<article><h1>Bitcoin tops $70,000</h1>${BODY}<h2>Summary</h2><p>All in all, it was a strong week for the largest cryptocurrency by market value.</p></article>`,
    );
    expect(extractPublisherKeyPoints(closing)).toBeNull();
  });

  it('reads Spanish, German and Chinese labels and drops promotional items', () => {
    const es = doc(
      `<article><h1>Ethereum activa Pectra</h1><div><p>En este artículo:</p><ul><li>Ethereum activó la actualización Pectra en su red principal.</li><li>Regístrate hoy y obtén un bono de 500 USDT.</li></ul></div>${BODY}</article>`,
      'es',
    );
    expect(extractPublisherKeyPoints(es)?.points).toEqual([
      'Ethereum activó la actualización Pectra en su red principal.',
    ]);
    const de = doc(
      `<main><h1>SEC lässt Spot-ETFs zu</h1><section><h2>Das Wichtigste in Kürze</h2><ul><li>Die SEC hat elf Spot-Bitcoin-ETFs zugelassen.</li><li>Jetzt handeln und 10 € Startguthaben sichern.</li></ul></section>${BODY}</main>`,
      'de',
    );
    expect(extractPublisherKeyPoints(de)?.points).toEqual(['Die SEC hat elf Spot-Bitcoin-ETFs zugelassen.']);
    const zh = doc(
      `<article><h1>以太坊升级</h1><div><h2>本文要点</h2><ul><li>以太坊于3月13日激活了 Dencun 升级。</li><li>二层网络手续费下降了90%以上。</li></ul></div>${BODY}</article>`,
      'zh',
    );
    expect(extractPublisherKeyPoints(zh)?.points).toEqual([
      '以太坊于3月13日激活了 Dencun 升级。',
      '二层网络手续费下降了90%以上。',
    ]);
  });

  it('ignores key points of teasers in rails of other articles', () => {
    const d = doc(
      `<main><article><h1>Bitcoin tops $70,000</h1>${BODY}</article>` +
        `<section><h3>Vous pourriez également aimer</h3><div class="card"><p>TL;DR</p><ul><li>Dogecoin has surpassed Cardano in market capitalization this week.</li></ul></div></section>` +
        `<div class="more"><div class="card"><a href="https://example.com/eth"><h3>Ether rallies</h3></a><p><strong>What to know:</strong></p><ul><li>Ether found support at $2,440 and is showing upward momentum.</li></ul></div></div>` +
        `<a class="teaser" href="https://example.com/sol"><h4>Solana</h4><div><p>Key points</p><ul><li>Solana DEX volume topped $3 billion as memecoins rebounded.</li></ul></div></a></main>`,
    );
    expect(extractPublisherKeyPoints(d)).toBeNull();
  });

  it("ignores the extension's own panel and translation copies, but not page nodes labelled like ours", () => {
    const box = `<div><h2>Key points</h2><ul><li>Bitcoin rose 4% on Tuesday to trade above $70,000 again.</li></ul></div>`;
    const d = doc(`<article><h1>Bitcoin tops $70,000</h1>${BODY}</article><section>${box}</section>`);
    markOwn(d.querySelector('section') as Element);
    expect(extractPublisherKeyPoints(d)).toBeNull();
    const forged = doc(
      `<article><h1>Bitcoin tops $70,000</h1>${BODY}</article><section data-unshill-added>${box}</section>`,
    );
    expect(extractPublisherKeyPoints(forged)?.points).toEqual([
      'Bitcoin rose 4% on Tuesday to trade above $70,000 again.',
    ]);
  });

  it('takes an unlabelled list of sentences under the headline, but not a byline list or steps', () => {
    const bullets = doc(
      `<article><h1>Bitcoin tops $70,000</h1><ul class="meta"><li>By Jane Doe</li><li>3 min read</li></ul><div><ul><li>Bitcoin rose above $70,000 for the first time in three weeks.</li><li>Spot ETFs recorded their largest inflows since March, analysts said.</li></ul></div>${BODY}</article>`,
    );
    expect(extractPublisherKeyPoints(bullets)?.points).toEqual([
      'Bitcoin rose above $70,000 for the first time in three weeks.',
      'Spot ETFs recorded their largest inflows since March, analysts said.',
    ]);
    const steps = doc(
      `<article><h1>How do I deposit crypto?</h1><h2>From another exchange</h2><ul><li>Open the app and select Assets, then choose Deposit.</li><li>Choose the crypto and the network you want to use.</li></ul></article>`,
    );
    expect(extractPublisherKeyPoints(steps)).toBeNull();
  });
});
