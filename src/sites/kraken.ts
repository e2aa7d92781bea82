import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://blog.kraken.com/news/kraken-lists-dogwifhat',
  'https://www.kraken.com/learn/what-is-bitcoin-btc',
  'https://www.kraken.com/fr/learn/what-is-bitcoin-btc',
];

export default defineSite({
  name: 'Kraken',
  // Kraken's news and product posts are on blog.kraken.com; Learn is on www.kraken.com.
  matches: ['https://www.kraken.com/*', 'https://blog.kraken.com/*'],
  rules: [
    // AdGuard Annoyances (2023): kraken.com##.kraken-cookie-warning
    '##.kraken-cookie-warning',
  ],
});
