import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.coingecko.com/learn/what-is-bitcoin-halving',
  'https://www.coingecko.com/ja/news',
  'https://www.coingecko.com/research/publications/2024-q1-crypto-industry-report',
];

export default defineSite({
  name: 'CoinGecko',
  matches: ['https://www.coingecko.com/*'],
  rules: [
    // EasyList (2026): announcement bar and Stimulus-controlled ad slots.
    '###top-announcement-header',
    '##.sponsored-v2',
    '##[data-ads-target="banner"]',
    '##[data-controller="button-ads"]',
    '##[data-target="ads.banner"]',
    // AdGuard Base (2021). Its `.d-md-block` rule is a Bootstrap utility class and is not taken.
    '###top-banner',
    '##.sponsored',
  ],
});
