import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://crypto.com/en/university/what-is-the-bitcoin-halving',
  'https://crypto.com/fr/university/what-is-the-bitcoin-halving',
];

export default defineSite({
  name: 'Crypto.com',
  // University and market updates are served from the bare domain with a locale prefix.
  matches: ['https://crypto.com/*'],
  rules: [],
});
