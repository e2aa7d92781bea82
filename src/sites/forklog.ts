import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://forklog.com/news/sec-odobrila-spotovye-bitkoin-etf',
  'https://forklog.com/cryptorium/chto-takoe-halving-bitkoina',
];

export default defineSite({
  name: 'ForkLog',
  // Russian-language crypto news; no public cosmetic rule is known.
  matches: ['https://forklog.com/*'],
  rules: [],
});
