import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = ['https://bits.media/sec-odobrila-spotovye-bitkoin-etf/', 'https://bits.media/news/'];

export default defineSite({
  name: 'Bits.media',
  // Russian-language crypto news; no public cosmetic rule is known.
  matches: ['https://bits.media/*'],
  rules: [],
});
