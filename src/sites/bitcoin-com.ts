import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://news.bitcoin.com/bitcoin-etfs-record-inflows/',
  'https://news.bitcoin.com/ethereum-dencun-upgrade-activated/',
];

export default defineSite({
  name: 'Bitcoin.com News',
  matches: ['https://news.bitcoin.com/*'],
  rules: [
    // AdGuard Annoyances (2023)
    '##div[name="bitcoincom-wgt-newsletter"]',
    // EasyList (2026): ad slots by their inline size; its build-hash class is not taken.
    '##[style="width: 100%; height: auto; max-width: 300px;"]',
    '##[style="width: 100%; height: auto; max-width: 690px;"]',
    '##[class*="clickout-"]',
  ],
});
