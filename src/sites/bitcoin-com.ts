import { defineSite } from './types';

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
  examples: [
    'https://news.bitcoin.com/bitcoin-etfs-record-inflows/',
    'https://news.bitcoin.com/ethereum-dencun-upgrade-activated/',
  ],
});
