import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.okx.com/learn/ethereum-eth-price-shows-strength-at-3-100-as-exchange-reserves-plumme',
  'https://www.okx.com/fr/learn/what-is-bitcoin-halving',
];

export default defineSite({
  name: 'OKX',
  // OKX Learn and news articles; no cosmetic rule for OKX is known to the public filter lists, so the
  // generic heuristics do the work here.
  matches: ['https://www.okx.com/*'],
  rules: [],
});
