import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.kucoin.com/news/flash/cardano-price-forecast-ada-whales-resilience-might-catalyze-a-30-recov',
  'https://www.kucoin.com/fr/news/flash/litecoin-why-investors-should-keep-a-close-eye-on-whale-activity',
];

export default defineSite({
  name: 'KuCoin',
  // KuCoin News (flash and articles); no public cosmetic rule is known, the generic heuristics apply.
  matches: ['https://www.kucoin.com/*'],
  rules: [],
});
