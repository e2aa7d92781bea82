import { defineSite } from './types';

export default defineSite({
  name: 'ForkLog',
  // Russian-language crypto news; no public cosmetic rule is known.
  matches: ['https://forklog.com/*'],
  rules: [],
  examples: [
    'https://forklog.com/news/sec-odobrila-spotovye-bitkoin-etf',
    'https://forklog.com/cryptorium/chto-takoe-halving-bitkoina',
  ],
});
