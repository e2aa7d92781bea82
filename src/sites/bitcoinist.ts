import { defineSite } from './types';

export default defineSite({
  name: 'Bitcoinist',
  matches: ['https://bitcoinist.com/*'],
  rules: [
    // EasyList (2026)
    '##.widget_featured_companies',
    '##.widget_premium_partners',
    '##[class*="clickout-"]',
  ],
  examples: [
    'https://bitcoinist.com/litecoin-whale-activity-investors-close-eye/',
    'https://bitcoinist.com/bitcoin-price-rally-etf-demand/',
  ],
});
