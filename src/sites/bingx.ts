import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://bingx.com/en/news/post/bitcoin-holds-above-60k-as-etf-outflows-slow',
  'https://bingx.com/ru-ru/news/post/bitcoin-holds-above-60k-as-etf-outflows-slow',
];

export default defineSite({
  name: 'BingX',
  // No public cosmetic rule is known for BingX; the generic heuristics apply.
  matches: ['https://bingx.com/*'],
  rules: [],
});
