import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.bybit.com/en/news/ethereum-eth-price-whales-go-on-buying-spree-as-3-000-target-comes-int',
  'https://www.bybit.com/ru-RU/news/obnovlenie-pectra-aktivirovano-v-osnovnoj-seti-ethereum',
];

export default defineSite({
  name: 'Bybit',
  // Bybit news pages carry a locale prefix (/en/, /ru-RU/…).
  matches: ['https://www.bybit.com/*'],
  rules: [
    // EasyList Cookie: bybit.com##[class^="style_gdpr"] (CSS-module class of the consent banner)
    '##[class^="style_gdpr"]',
  ],
});
