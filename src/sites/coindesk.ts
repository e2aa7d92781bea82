import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.coindesk.com/markets/2025/08/26/ether-and-eth-treasury-companies-look-undervalued-after-plunge-standar',
  'https://www.coindesk.com/policy/2024/01/04/will-2024-be-the-year-of-the-bitcoin-etf',
];

export default defineSite({
  name: 'CoinDesk',
  matches: ['https://www.coindesk.com/*'],
  rules: [
    // AdGuard Annoyances (2023): the inline Consensus event promo and newsletter CTAs.
    '##div[type="event-banner"]',
    '##div[class^="newsletter-ctastyles__"]',
    // EasyList (2026)
    '##.article-com-wrapper',
    '##.high-impact-ad',
    '##[data-module-name="high-impact"]',
    '##.bg-white.flex.gap-6.w-full.shrink.justify-between.md\\:justify-normal.lg\\:flex-row-reverse:has(.font-metadata.mr-1.uppercase:has-text(Sponsored by))',
    // Fanboy's Annoyance
    '###nlsignup',
  ],
});
