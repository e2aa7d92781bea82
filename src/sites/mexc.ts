import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.mexc.com/news/bitcoin-etf-inflows-hit-record-as-btc-nears-70000',
  'https://www.mexc.com/ru-RU/news/bitcoin-etf-inflows-hit-record-as-btc-nears-70000',
];

export default defineSite({
  name: 'MEXC',
  matches: ['https://www.mexc.com/*'],
  rules: [
    // AdGuard Annoyances (2023): sign-up gift sidebar.
    '##div[class^="sidebar_gift"]',
    // Not taken from the same list: `.ant-modal-root` (every Ant Design modal, including order
    // confirmations on trading pages of this host); late promo modals are left to the heuristics.
  ],
});
