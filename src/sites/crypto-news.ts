import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://crypto.news/bitcoin-etf-inflows-top-1b-as-btc-rebounds/',
  'https://crypto.news/ethereum-dencun-upgrade-goes-live-on-mainnet/',
];

export default defineSite({
  name: 'crypto.news',
  matches: ['https://crypto.news/*'],
  rules: [
    // EasyList (2026); its opaque build-hash classes are not taken.
    '###cn-header-placeholder',
    '###cn-footer-sticky-placeholder',
    '##.rexas-presale',
    '##.sponsored-button-group',
  ],
});
