import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.htx.com/en-us/news/bitcoin-spot-etf-net-inflows-reach-a-new-high-1718006400',
  'https://www.htx.com/ru-ru/news/bitcoin-spot-etf-net-inflows-reach-a-new-high-1718006400',
];

export default defineSite({
  name: 'HTX',
  // No public cosmetic rule is known for HTX (formerly Huobi); the generic heuristics apply.
  matches: ['https://www.htx.com/*'],
  rules: [],
});
