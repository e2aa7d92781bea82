import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://u.today/shiba-inu-price-prediction-for-april-12',
  'https://u.today/xrp-price-analysis-for-april-12',
];

export default defineSite({
  name: 'U.Today',
  matches: ['https://u.today/*'],
  rules: [
    // AdGuard Annoyances (2023); the second one is written with :-abp-has there.
    '##.subscribe__content',
    '##.aside-block > section[class="card"]:has(> div > div.subscribe-result)',
    // EasyList (2026); "something" is the site's own name for its ad slots.
    '##.card--something-md',
    '##.ctyptopcompare__widget',
    '##.something',
    '##.something--fixed',
    '##.something--wide',
  ],
});
