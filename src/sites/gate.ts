import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.gate.com/zh/learn/articles/sizing-the-market-for-a-bitcoin-etf/1099',
  'https://www.gate.com/learn/articles/sizing-the-market-for-a-bitcoin-etf/1099',
  'https://www.gate.io/vi/learn/articles/sizing-the-market-for-a-bitcoin-etf/1099',
];

export default defineSite({
  name: 'Gate',
  // gate.com is the current domain; links to gate.io still circulate. Learn and news use locale prefixes.
  matches: ['https://www.gate.com/*', 'https://www.gate.io/*'],
  rules: [
    // EasyList Cookie: gate.com###ComplianceLimitMessageCOOKIES_POLICY
    '###ComplianceLimitMessageCOOKIES_POLICY',
  ],
});
