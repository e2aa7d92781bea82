import { defineSite } from './types';

export default defineSite({
  name: 'Bybit',
  // Bybit news pages carry a locale prefix (/en/, /ru-RU/…).
  matches: ['https://www.bybit.com/*'],
  rules: [
    // EasyList Cookie: bybit.com##[class^="style_gdpr"] (CSS-module class of the consent banner)
    '##[class^="style_gdpr"]',
  ],
  examples: [
    'https://www.bybit.com/en/news/ethereum-eth-price-whales-go-on-buying-spree-as-3-000-target-comes-int',
    'https://www.bybit.com/ru-RU/news/obnovlenie-pectra-aktivirovano-v-osnovnoj-seti-ethereum',
  ],
});
