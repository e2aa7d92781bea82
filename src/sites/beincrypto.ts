import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://beincrypto.com/bitcoin-fourth-halving-block-reward-3-125-btc/',
  'https://ru.beincrypto.com/bitcoin-fourth-halving-block-reward-3-125-btc/',
  'https://fr.beincrypto.com/analyse/bitcoin-halving-2024/',
];

export default defineSite({
  name: 'BeInCrypto',
  // Language editions are subdomains (ru.beincrypto.com, fr.beincrypto.com…); all of them are news.
  matches: ['https://*.beincrypto.com/*'],
  rules: [
    // EasyList (2026)
    '##[class^="TopAdBanner-"]',
    '##.badge--sponsored',
    '##.cont-wrapper',
    '##.before-author-block-bio:has-text(Sponsored)',
    // AdGuard Annoyances (2023): custom banner, newsletter form, AMP consent, Russian Telegram banner.
    '##.bic-custom-banner',
    '##form.bevel-tl-br',
    '###amp-user-notification1',
    'ru.beincrypto.com##.telegram-banner',
    // EasyList Cookie
    '##.CookieManagerWarning-sc-b8f84ed9-0',
  ],
});
