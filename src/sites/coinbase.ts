import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.coinbase.com/learn/crypto-basics/what-is-bitcoin',
  'https://www.coinbase.com/de/learn/crypto-basics/what-is-bitcoin',
  'https://www.coinbase.com/blog/coinbase-q2-2025-shareholder-letter',
];

export default defineSite({
  name: 'Coinbase',
  // Learn and the blog are on www.coinbase.com; login.coinbase.com is left out.
  matches: ['https://www.coinbase.com/*'],
  rules: [
    // AdGuard Annoyances (2023): cookie banner. The same list's `#root > div[class^="Layout__Container-"] + div[class]`
    // rules are too broad for every page of this host and are not taken.
    '##div[class^="CookieBannerContent"]',
  ],
});
