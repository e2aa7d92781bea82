import { defineSite } from './types';

/** Real-looking pages of this site; tests check each is found as this site only. Not bundled. */
export const examples = [
  'https://www.theblock.co/post/320451/mt-gox-trustee-extends-repayment-deadline-october-2025',
  'https://www.theblock.co/post/288315/bitcoin-halving-miners-revenue',
];

export default defineSite({
  name: 'The Block',
  matches: ['https://www.theblock.co/*'],
  rules: [
    // EasyList (2026)
    '##.stickyFooter',
    '##.fixedUnit',
    '##.fullWidthDisplay',
    '##.bottom-5',
    '##.py-4.my-6:has-text(Advertisement)',
    // AdGuard Annoyances (2023); .newsletterModal is a #$# display:none rule there.
    '##.noticeBanner',
    '##.newsletterModal',
    '##.newsletterBox',
    // uBO filters (2022)
    '##.modal-container[ga-event-label$="Prime Trust_Modal"]',
  ],
});
