import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.bitget.com/news/detail/12560603991422',
  'https://www.bitget.com/fr/news/detail/12560603991422',
  'https://www.bitget.com/zh-CN/news/detail/12560604312648',
];

export default defineSite({
  name: 'Bitget',
  // News, Academy and support share www.bitget.com; language editions are path prefixes (/fr/, /zh-CN/…).
  matches: ['https://www.bitget.com/*'],
  rules: [
    // EasyList Cookie: bitget.com##.micro-cookie-dialog
    '##.micro-cookie-dialog',
  ],
});
