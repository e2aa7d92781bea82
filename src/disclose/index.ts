/**
 * Disclosure badges for the summary panel: is this article paid for (sponsored / press release), does it
 * carry referral links, was it republished from another outlet? Pure: reads the page, changes nothing, no
 * layout calls. The panel shows one badge per Disclosure (`data-disclosure` = kind, evidence as tooltip).
 */
import { HIDDEN_ATTR } from '../clean/hide';
import { buildContext } from './page';
import { findReferralLinks } from './referral';
import { findRepublished } from './republished';
import { findSponsored } from './sponsored';
import type { Disclosure } from './types';

export type { Disclosure, DisclosureKind } from './types';
export {
  isReferralUrl,
  originalReferralHrefs,
  restoreReferralLinks,
  stripReferralLinks,
  stripReferralParams,
} from './referral';

/** Hosts named in the referral badge's evidence, at most. */
const MAX_HOSTS = 3;

/**
 * The disclosures of the article in `doc`. `articleRoot` is the element holding the body (findArticleRoot);
 * referral links are counted inside it only. `pageUrl` is the page's address (the publisher's host).
 */
export function findDisclosures(doc: Document, articleRoot: Element | null, pageUrl: string): Disclosure[] {
  const ctx = buildContext(doc, articleRoot, pageUrl);
  const out: Disclosure[] = [];
  const sponsored = findSponsored(ctx);
  if (sponsored) out.push(sponsored);
  if (ctx.root) {
    // Links inside promotions the cleanup hid are the promotion's, not the article's.
    const { links, hosts } = findReferralLinks(
      ctx.root,
      ctx.url?.href,
      (a) => !!a.closest(`[${HIDDEN_ATTR}]`),
    );
    if (links.length > 0) {
      const named = hosts.slice(0, MAX_HOSTS).join(', ') + (hosts.length > MAX_HOSTS ? ', …' : '');
      const noun = links.length === 1 ? 'link' : 'links';
      out.push({
        kind: 'referral',
        count: links.length,
        evidence: `${links.length} ${noun} with a referral code: ${named}`,
      });
    }
  }
  const republished = findRepublished(ctx);
  if (republished) out.push(republished);
  return out;
}
