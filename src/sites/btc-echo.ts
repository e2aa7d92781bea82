import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.btc-echo.de/news/sec-laesst-erstmals-spot-bitcoin-etfs-in-den-usa-zu-178231/',
  'https://www.btc-echo.de/schlagzeilen/bitcoin-kurs-steigt-ueber-70-000-us-dollar-182114/',
];

export default defineSite({
  name: 'BTC-ECHO',
  // German-language crypto news; no public cosmetic rule is known.
  matches: ['https://www.btc-echo.de/*'],
  rules: [],
});
