import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://coinmarketcap.com/community/articles/66f3a1c2b7e04d5e9a1f0004/',
  'https://coinmarketcap.com/fr/community/articles/66f3a1c2b7e04d5e9a1f0004/',
  'https://coinmarketcap.com/academy/article/what-is-a-bitcoin-etf',
];

export default defineSite({
  name: 'CoinMarketCap',
  // Community articles, headlines and Academy; price pages share the host, so every rule here must be
  // safe on them too (the "Buy" block of a price page is not a promotion).
  matches: ['https://coinmarketcap.com/*'],
  rules: [
    // AdGuard Base (2021)
    '###header-banner-wrapper',
    '##.cmc-native-ad-row',
    // AdGuard Mobile Ads (2021)
    '###ad-slot--leaderboard-top',
    // AdGuard Annoyances (2023)
    '##.js-cookie-policy-banner',
    '##.cmc-cookie-policy-banner',
    '##.js-platform-alert',
    '##.cmc-newsletter-signup',
    '##.cmc-bottom-margin-2x > div[class]:has(> div.cmc-newsletter-signup__widget)',
    // EasyList (2026)
    '##.coin-ad-banner',
    '##.sponsoredMark',
    '##.trending-sponsored',
  ],
});
