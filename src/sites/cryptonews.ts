import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://cryptonews.com/news/bitcoin-price-prediction-as-etf-inflows-return.htm',
  'https://cryptonews.com/news/ethereum-whales-accumulate-ahead-of-etf-decision.htm',
];

export default defineSite({
  name: 'Cryptonews',
  matches: ['https://cryptonews.com/*'],
  rules: [
    // AdGuard Annoyances (2023)
    '###newsletter-modal',
    '##.cookieConsentWrapper',
    // EasyList (2026): ad slots and exchange "click-out" affiliate widgets.
    '##.dslot',
    '##[class*="clickout-"]',
    '##[href^="https://rapi.cryptonews.com/"]',
    // Fanboy's Annoyance (its `.ssk` rule hides share buttons, not promotions, and is not taken).
    '##.cn-invite-fixed',
  ],
});
