/** One disclosure badge for the panel (`[data-testid="disclosures"]`, `data-disclosure` = kind). */
export type DisclosureKind = 'sponsored' | 'referral' | 'republished';

export interface Disclosure {
  kind: DisclosureKind;
  /** Short human text for the badge's tooltip: the label found and where, or the links' hosts. English. */
  evidence: string;
  /** referral: how many links carry a referral or affiliate code. */
  count?: number;
  /** republished: the original article's address, when the page links or names it as a URL. */
  originalUrl?: string;
}
