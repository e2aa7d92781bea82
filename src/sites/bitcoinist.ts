import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://bitcoinist.com/litecoin-whale-activity-investors-close-eye/',
  'https://bitcoinist.com/bitcoin-price-rally-etf-demand/',
];

export default defineSite({
  name: 'Bitcoinist',
  matches: ['https://bitcoinist.com/*'],
  rules: [
    // EasyList (2026)
    '##.widget_featured_companies',
    '##.widget_premium_partners',
    '##[class*="clickout-"]',
  ],
});
