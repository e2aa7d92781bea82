import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.newsbtc.com/analysis/btc/bitcoin-price-eyes-fresh-increase/',
  'https://www.newsbtc.com/news/ethereum/ethereum-whales-accumulate/',
];

export default defineSite({
  name: 'NewsBTC',
  matches: ['https://www.newsbtc.com/*'],
  rules: [
    // EasyList (2026), EasyList Cookie, Fanboy's Annoyance
    '##.widget_premium_partners',
    '##[class*="clickout-"]',
    '##.jnews-cookie-law-policy',
    '##.newsform',
  ],
});
