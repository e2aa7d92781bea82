import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.binance.com/en/square/post/26114307542361',
  'https://www.binance.com/en-BH/square/post/27340918652207',
  'https://www.binance.com/fr/news/flash/2614397483912',
];

export default defineSite({
  name: 'Binance',
  // News, Square and announcements live on www.binance.com with a locale prefix (/en/, /fr/, /en-BH/…);
  // accounts.binance.com (login) publishes nothing and is left out.
  matches: ['https://www.binance.com/*'],
  rules: [
    // AdGuard Annoyances (2023): the app-download aside, written there with :-abp-has.
    '##body > aside[class^="css-"]:has(> a[data-bn-type="button"][href^="https://ftp.binance.com/"])',
    // AdGuard Annoyances (2023): the older fixed download bar.
    '##.ng-scope > div.download-fixed',
    // OneTrust's own banner id: Binance loads the OneTrust SDK (<script id="OneTrust-sdk">, oxylabs/binance-scraper).
    '###onetrust-banner-sdk',
  ],
});
