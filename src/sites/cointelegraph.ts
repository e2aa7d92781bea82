import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://cointelegraph.com/news/crypto-decoupling-story-ends-as-stocks-follow-bitcoin-s-rally',
  'https://es.cointelegraph.com/news/crypto-decoupling-story-ends-as-stocks-follow-bitcoin-s-rally',
  'https://br.cointelegraph.com/news/bitcoin-etf-inflows-hit-record',
];

export default defineSite({
  name: 'Cointelegraph',
  // The English site and its language editions, which are subdomains.
  matches: [
    'https://cointelegraph.com/*',
    'https://br.cointelegraph.com/*',
    'https://es.cointelegraph.com/*',
    'https://it.cointelegraph.com/*',
    'https://jp.cointelegraph.com/*',
  ],
  rules: [
    // EasyList (2026)
    '##.header-zone__flower',
    '##[class*="ad-slot"]',
    '##a[href^="https://servedbyadbutler.com/"]',
    // uBO filters (2020)
    '##div[class*="componentAdbutler_"]',
    // EasyList Cookie
    '##.bottom-zone',
    // AdGuard Annoyances (2023) and Fanboy's Annoyance: newsletter boxes
    '##.b-post-subscription',
    '##.b-new-subscribe',
    '##.article-subscription-widget',
    '##.subscription-form',
    '##.l-footer__col_subscription',
    '##.b-privacy-policy',
    // AdGuard Base (2021): banners in listings and the sidebar
    '##.layout__leaderboard',
    '##.posts-listing__bnr',
    '##.post-preview-item-banner',
    '##.bnrs-list',
    '##.sidebar > .sidebar__widget:has(> div > div > a[href^="https://cointelegraph.com/advertise"])',
    // Not taken: `##[href^="javascript:void(0)"]` (uBO 2020) also hides the site's own buttons, and
    // `li…:has-text(Ad)` (EasyList) matches every teaser whose text contains "Ad" (Adoption, Adam…).
  ],
  // Article body container (a public scraper reads `div.post-content`).
  articleRoot: '.post-content',
});
