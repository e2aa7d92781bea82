import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.fxstreet.com/cryptocurrencies/news/dogecoin-price-forecast-doge-rallies-as-active-addresses-surge-202404121200',
  'https://www.fxstreet.com/cryptocurrencies/bitcoin',
];

export default defineSite({
  name: 'FXStreet (crypto)',
  // Only the crypto section: FXStreet's forex pages are out of scope.
  matches: ['https://www.fxstreet.com/cryptocurrencies/*'],
  rules: [],
});
