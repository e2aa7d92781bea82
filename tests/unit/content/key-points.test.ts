// On-device key points come from the article's own prose only, whatever else sits in its root.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleTextBlocks } from '../../../src/content/article-blocks';
import { computeKeyPoints, computeKeyPointsAsync } from '../../../src/content/key-points';
import { extractArticle } from '../../../src/extract/article';
import { summaryBlocks, unfitBlockReason } from '../../../src/content/summary-blocks';
import { summarize, summarizeCounted, type SummaryInput } from '../../../src/summarize/summarize';
import { createPanel, type PanelModel } from '../../../src/ui/panel';

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`)
    .window.document;
}

const PROSE = [
  'NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor on the surface of Europa.',
  'The find almost certainly means the moon has liquid water, an essential ingredient for life as we know it.',
  'Scientists believe that a liquid water ocean lies on Europa beneath a miles-thick shell of ice.',
  'The team reported that it detected 5,200 pounds of water vapor released from Europa every second.',
  'The discovery was announced in an article published on Monday in the journal Nature Astronomy.',
];

/** Everything a real article root holds besides its prose (each seen on the real pages of realworld/general). */
const NOISE = {
  teaser: `<div><h3><a href="/news/mars-lander">China completes landing test for its first Mars mission</a></h3><p>The probe hovered over a simulated Martian surface before it touched down in a test facility.</p></div>`,
  relatedLine: `<p>On HoustonChronicle.com: <a href="/cars">Car sales plunge nearly 17 percent in August as buyers wait</a></p>`,
  cta: `<p><a href="https://results.example.org/swim">CLICK FOR FULL STATE SWIM RESULTS</a></p>`,
  shouted: `<p>SUBSCRIBE TO OUR SPACE NEWSLETTER FOR THE LATEST DISCOVERIES</p>`,
  caption: `<figure><img src="e.jpg" alt=""><figcaption>An artist's impression of the surface of Europa, seen from an orbiting spacecraft.</figcaption></figure>`,
  credit: `<p>The ice shell of Europa seen by the Galileo probe in 1998, in false colours. Photo: NASA/JPL</p>`,
  embed: `<blockquote class="x-embed"><p>Water vapour on Europa confirmed by our team at Mauna Kea, an amazing night for all of us!</p><a href="https://twitter.com/someone/status/1">November 18, 2019</a></blockquote>`,
  pullQuote: `<blockquote><p>The find almost certainly means the moon has liquid water</p></blockquote>`,
  author: `<div><img src="a.jpg" alt=""><p><a rel="author" href="/staff/jane">Jane Doe</a> covers space science and has written for the paper since 2009.</p></div>`,
  comment: `<section id="comments"><div class="comment"><p>I agree but it begs the question of who is in charge of the whole mission there.</p></div></section>`,
  consent: `<div role="dialog"><p>We use cookies and other tracking technologies to improve your browsing experience and to show personalised ads, with our partners.</p></div>`,
  consentInline: `<p>By choosing I Accept, you consent to our use of cookies and other tracking technologies on this website.</p>`,
  heading: `<h2>What the discovery means for the search for life elsewhere</h2>`,
  featureList: `<ul><li>Quick access to the data archive with a free account</li><li>New spectral charts for each observation night</li></ul>`,
};

function articleWithNoise(): Document {
  const [a, b, c, d, e] = PROSE.map((p) => `<p>${p}</p>`);
  return page(
    `<h1>Scientists spot water vapor on Europa</h1><div id="root">${a}${NOISE.teaser}${b}${NOISE.relatedLine}${NOISE.caption}${NOISE.credit}${c}${NOISE.embed}${NOISE.pullQuote}${NOISE.cta}${NOISE.shouted}${NOISE.heading}${d}${NOISE.featureList}${NOISE.consentInline}${e}${NOISE.author}${NOISE.comment}${NOISE.consent}</div>`,
  );
}

describe('summaryBlocks', () => {
  it('keeps the prose and leaves out teasers, captions, credits, embeds, pull quotes, author boxes, comments, consent and calls to action', () => {
    const d = articleWithNoise();
    const root = d.getElementById('root')!;
    expect(summaryBlocks(articleTextBlocks(root), root).map((b) => b.text)).toEqual(PROSE);
  });

  it('says why each look-alike is left out', () => {
    const d = articleWithNoise();
    const root = d.getElementById('root')!;
    const reasons = Object.fromEntries(
      articleTextBlocks(root).map((b) => [b.text.slice(0, 24), unfitBlockReason(b, root)]),
    );
    expect(reasons).toMatchObject({
      'The probe hovered over a': 'card',
      'On HoustonChronicle.com:': 'link',
      'CLICK FOR FULL STATE SWI': 'link',
      'SUBSCRIBE TO OUR SPACE N': 'shouted',
      'Water vapour on Europa c': 'embedded-post',
      'Jane Doe covers space sc': 'thread-or-author',
      'The ice shell of Europa ': 'caption',
      'I agree but it begs the ': 'thread-or-author',
      'What the discovery means': 'heading',
      'Quick access to the data': 'fragment',
      'By choosing I Accept, yo': 'consent',
    });
  });

  it('keeps a body section under a linked subheading (a section, not a card)', () => {
    const d = page(
      `<div id="root"><h2><a href="/topics/europa">Europa</a></h2>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const root = d.getElementById('root')!;
    expect(summaryBlocks(articleTextBlocks(root), root)).toHaveLength(PROSE.length);
  });
});

describe('computeKeyPoints from the article only', () => {
  it('takes three to five points from the prose, none from what surrounds it', () => {
    const d = articleWithNoise();
    const root = d.getElementById('root')!;
    const result = computeKeyPoints(
      d,
      root,
      { title: 'Scientists spot water vapor on Europa', lang: 'en' },
      summarize,
    );
    expect(result.source).toBe('local');
    expect(result.points.length).toBeGreaterThanOrEqual(3);
    for (const point of result.points) expect(PROSE).toContain(point);
  });

  it('reads the whole article when the root is one card of a body split into cards', () => {
    const cards = PROSE.map(
      (p) => `<div class="card"><div class="card-content"><p>${p}</p></div></div>`,
    ).join('');
    const d = page(
      `<article><h1>Scientists spot water vapor on Europa</h1><div class="collection">${cards}</div></article>`,
    );
    const oneCard = d.querySelector('.card-content')!;
    // Readability's article, which the panel loads on demand for such a root.
    const result = computeKeyPoints(
      d,
      oneCard,
      { title: 'Scientists spot water vapor on Europa', lang: 'en' },
      summarize,
      { extract: extractArticle },
    );
    expect(result.points.length).toBeGreaterThanOrEqual(3);
    for (const point of result.points) expect(PROSE).toContain(point);
  });

  describe('with the summarizer elsewhere, counting usable sentences (the panel: nothing split on the page)', () => {
    /** What the background answers: the summary and its input's usable sentences; each input recorded. */
    function countingBackground() {
      const inputs: SummaryInput[] = [];
      const remote = (input: SummaryInput) => {
        inputs.push(input);
        return Promise.resolve(summarizeCounted(input));
      };
      return { inputs, remote };
    }

    it('summarizes the root alone, with no Readability, when its prose is enough', async () => {
      const d = articleWithNoise();
      const { inputs, remote } = countingBackground();
      let extracted = 0;
      const result = await computeKeyPointsAsync(
        d,
        d.getElementById('root'),
        { title: 'Scientists spot water vapor on Europa', lang: 'en' },
        remote,
        { extract: (doc) => (extracted++, extractArticle(doc)) },
      );
      expect(inputs).toHaveLength(1);
      expect(extracted).toBe(0);
      expect(result.points.length).toBeGreaterThanOrEqual(3);
      for (const point of result.points) expect(PROSE).toContain(point);
      // Scroll targets are the root's own paragraphs.
      for (const target of result.targets) expect(d.getElementById('root')!.contains(target)).toBe(true);
    });

    it("tries Readability's article when the root is one card, and keeps the source with more sentences", async () => {
      const cards = PROSE.map(
        (p) => `<div class="card"><div class="card-content"><p>${p}</p></div></div>`,
      ).join('');
      const d = page(
        `<article><h1>Scientists spot water vapor on Europa</h1><div class="collection">${cards}</div></article>`,
      );
      const { inputs, remote } = countingBackground();
      const result = await computeKeyPointsAsync(
        d,
        d.querySelector('.card-content'),
        { title: 'Scientists spot water vapor on Europa', lang: 'en' },
        remote,
        { extract: (doc) => Promise.resolve(extractArticle(doc)) },
      );
      expect(inputs.map((input) => input.paragraphs.length)).toEqual([1, PROSE.length]);
      expect(result.points.length).toBeGreaterThanOrEqual(3);
      for (const point of result.points) expect(PROSE).toContain(point);
    });

    it('keeps the short brief (two points) when Readability finds no more', async () => {
      const d = page(
        `<article><h1>Brief</h1><div id="root"><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div></article>`,
      );
      const { inputs, remote } = countingBackground();
      const result = await computeKeyPointsAsync(
        d,
        d.getElementById('root'),
        { title: 'Brief', lang: 'en' },
        remote,
        {
          extract: extractArticle,
        },
      );
      expect(inputs).toHaveLength(2);
      expect(result.points).toEqual([PROSE[0], PROSE[1]]);
      expect(result.targets.map((t) => t?.textContent)).toEqual([PROSE[0], PROSE[1]]);
    });
  });

  it('gives fewer points for a short brief, and the panel says so', () => {
    const d = page(
      `<article><h1>Brief</h1><div id="root"><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div></article>`,
    );
    const result = computeKeyPoints(d, d.getElementById('root'), { title: 'Brief', lang: 'en' }, summarize);
    expect(result.points).toEqual([PROSE[0], PROSE[1]]);

    // The panel is built in the test environment's own document, as in a page.
    const panel = createPanel(document, {
      onReveal() {},
      onCollapse() {},
      onTranslate() {},
      onOpenReader() {},
      onKeyPoint() {},
      onToggleSite() {},
      onCompactToggle() {},
    });
    const model: PanelModel = {
      keyPoints: result.points,
      source: 'local',
      readingMinutes: 1,
      hiddenCount: 0,
      revealed: false,
      collapsed: false,
      translation: null,
      status: null,
      disclosures: [],
      lang: 'en',
      siteEnabled: null,
      compact: false,
      compactOpen: false,
      pointsInBox: false,
    };
    panel.update(model);
    const source = () =>
      panel.host.shadowRoot!.querySelector('[data-testid="key-points-source"]')!.textContent;
    expect(source()).toBe('On-device summary · Short article: 2 points');
    panel.update({ ...model, keyPoints: PROSE.slice(0, 3) });
    expect(source()).toBe('On-device summary');
  });
});
