/**
 * The detectors over every corpus page (tests/fixtures/pages) and this suite's own pages
 * (tests/fixtures/disclose, with `disclosures_expected` in their truth files), after the cleanup hid what it
 * hides, as in the extension. What fires on each corpus page was checked by reading the page: exchange news
 * pages name the outlet whose story they carry beside the title (Bitget, Bybit, KuCoin, OKX) or as the post's
 * author (Binance Square); none of the corpus pages is a sponsored article or has referral links in its body.
 */
import { describe, expect, it } from 'vitest';
import {
  findDisclosures,
  restoreReferralLinks,
  stripReferralLinks,
  type Disclosure,
} from '../../../src/disclose';
import { isReferralUrl } from '../../../src/disclose/referral';
import { applyCleanup, loadPages, openPage, OWN_DIR, PAGES_DIR, type Page } from './corpus-helpers';

/** Corpus page → the disclosures it must show; republished pages with the outlet the evidence names. */
const CORPUS_EXPECTED: Readonly<Record<string, { kinds: Disclosure['kind'][]; source?: string }>> = {
  'binance-square-doge-shib': { kinds: ['republished'], source: 'Benzinga' },
  'bitget-news-dogecoin-metric': { kinds: ['republished'], source: 'CryptoPotato' },
  'bitget-news-fr-dogecoin-metric': { kinds: ['republished'], source: 'CryptoPotato' },
  'bitget-news-late-promos': { kinds: ['republished'], source: 'FXStreet' },
  'bybit-news-eth-whales': { kinds: ['republished'], source: 'MoneyCheck' },
  'bybit-news-spa-dogecoin': { kinds: ['republished'], source: 'Cointelegraph' },
  'kucoin-flash-cardano-whales': { kinds: ['republished'], source: 'FXStreet' },
  'kucoin-news-csr-litecoin': { kinds: ['republished'], source: 'AMBCrypto' },
  'okx-learn-eth-exchange-reserves': { kinds: ['republished'], source: 'MoneyCheck' },
};

const corpus = loadPages(PAGES_DIR);
const own = loadPages(OWN_DIR);

async function disclosuresOf(
  page: Page,
  cleanup = true,
): Promise<{ found: Disclosure[]; doc: Document; root: Element | null }> {
  const { doc, root } = await openPage(page);
  if (cleanup) applyCleanup(doc, page.truth.url, root);
  return { found: findDisclosures(doc, root, page.truth.url), doc, root };
}

describe('disclosures on the corpus pages', () => {
  it('the expectations name corpus pages', () => {
    for (const name of Object.keys(CORPUS_EXPECTED)) expect(corpus.map((p) => p.name)).toContain(name);
  });

  it.each(corpus.map((p) => [p.name, p] as const))('%s', async (name, page) => {
    const { found } = await disclosuresOf(page);
    const expected = CORPUS_EXPECTED[name] ?? { kinds: [] };
    expect(found.map((d) => d.kind)).toEqual(expected.kinds);
    if (expected.source) expect(found[0]?.evidence).toContain(expected.source);
  });
});

describe('disclosures on our own pages', () => {
  it('there are at least four, one of them negative', () => {
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(own.some((p) => p.truth.disclosures_expected?.length === 0)).toBe(true);
  });

  it.each(own.map((p) => [p.name, p] as const))('%s', async (_name, page) => {
    const { found, doc } = await disclosuresOf(page);
    expect(found.map((d) => d.kind)).toEqual(page.truth.disclosures_expected);
    const referral = found.find((d) => d.kind === 'referral');
    if (typeof page.truth.referral_links_expected === 'number')
      expect(referral?.count).toBe(page.truth.referral_links_expected);
    const original = found.find((d) => d.kind === 'republished')?.originalUrl;
    if (page.truth.original_url_expected) expect(original).toBe(page.truth.original_url_expected);
    // The truth file's own claims hold on the page: the fixture is what it says.
    const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
    for (const s of (page.truth.article_text_must_include as string[] | undefined) ?? [])
      expect(text).toContain(s);
    for (const [sel, n] of Object.entries(
      (page.truth.keep_selector_match_counts as Record<string, number>) ?? {},
    )) {
      expect(doc.querySelectorAll(sel).length, sel).toBe(n);
    }
  });

  it('without the cleanup, the negative page shows only the in-body promo’s affiliate link', async () => {
    const page = own.find((p) => p.name === 'cointelegraph-sponsors-mentioned-negative');
    if (!page) throw new Error('negative fixture missing');
    const { found } = await disclosuresOf(page, false);
    expect(found).toEqual([
      { kind: 'referral', count: 1, evidence: '1 link with a referral code: bybit.com' },
    ]);
  });

  it('stripping the French page’s referral links leaves working links without codes, and restores them', async () => {
    const page = own.find((p) => p.name === 'beincrypto-fr-contenu-sponsorise');
    if (!page) throw new Error('French fixture missing');
    const { doc, root } = await openPage(page);
    if (!root) throw new Error('no article root');
    const before = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(stripReferralLinks(root)).toBe(3);
    const after = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(after.filter((href) => isReferralUrl(href, page.truth.url))).toEqual([]);
    expect(after).toContain('https://www.okx.com/account/register');
    expect(after).toContain('https://accounts.binance.com/fr/register?utm_source=beincrypto');
    expect(findDisclosures(doc, root, page.truth.url).map((d) => d.kind)).toEqual(['sponsored']);
    expect(restoreReferralLinks()).toBe(3);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(before);
  });
});
