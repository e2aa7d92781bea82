import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.cryptopolitan.com/ethereum-dencun-upgrade-live-layer-2-fees/',
  'https://www.cryptopolitan.com/bitcoin-price-analysis-2024-04-12/',
];

export default defineSite({
  name: 'Cryptopolitan',
  matches: ['https://www.cryptopolitan.com/*'],
  rules: [
    // EasyList (2026): an Elementor widget used for an ad slot.
    '##.elementor-element-094410a',
  ],
});
