import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://cryptoslate.com/bitcoin-etfs-see-record-inflows-as-btc-nears-all-time-high/',
  'https://cryptoslate.com/press-releases/crypto-exchange-launches-new-staking-product/',
];

export default defineSite({
  name: 'CryptoSlate',
  matches: ['https://cryptoslate.com/*'],
  rules: [
    // AdGuard Base (2021) and Annoyances (2023)
    '###sticky-footer-global',
    '###cs-newsletter',
    // EasyList (2026)
    '##.cta',
    '##.hypelab-container',
    '##.top-sticky',
  ],
});
