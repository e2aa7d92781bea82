import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://decrypt.co/199658/this-week-on-crypto-twitter-binances-cz-and-the-secs-gary-gensler-face-stiff-criticism',
  'https://decrypt.co/225463/bitcoin-halving-complete-block-reward-drops',
];

export default defineSite({
  name: 'Decrypt',
  matches: ['https://decrypt.co/*'],
  rules: [
    // AdGuard Annoyances (2023): newsletter box inside the article body, full-screen overlay (a #$# rule
    // there), app promo (written with :-abp-has there).
    '##.post-content > div.border-decryptGridline > div.text-left.relative.max-w-prose',
    '##div[class^="fixed "][style^="width: 100vw; height: 100vh; z-index: 1000"]',
    '###__next > div[class^="sc-"] > div[class^="sc-"] > div[class^="sc-"]:has(> div[class] > a[href^="https://apps.apple.com/"][title="app-store-link"])',
    // EasyList (2026): ad slots by their reserved size.
    '##[style^="min-width: 728px;"]',
    '##div[style^="min-width: 300px;"]',
    '##.my-10.xl\\:flex.justify-center',
    // EasyList Cookie
    '##.py-3.max-w-full',
    // Not taken: `.aspect-video` and `.opacity-75` (Tailwind utilities that also style article media) and
    // build-hash classes (`.sc-118zf0s-2`, `.iDynzw`) that change with every deploy.
  ],
  // The AdGuard rule above shows the body container is `.post-content`.
  articleRoot: '.post-content',
});
