import { defineSite } from './types';

export default defineSite({
  name: 'Bits.media',
  // Russian-language crypto news; no public cosmetic rule is known.
  matches: ['https://bits.media/*'],
  rules: [],
  examples: ['https://bits.media/sec-odobrila-spotovye-bitkoin-etf/', 'https://bits.media/news/'],
});
