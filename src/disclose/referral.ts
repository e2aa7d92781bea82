/**
 * Referral and affiliate links: a link whose URL credits someone for the reader's sign-up or purchase.
 *
 * - Query parameters that carry a code: `ref`, `referral`, `referralCode`, `ref_code`, `invite`, `inviteCode`,
 *   `affiliate`, `aff`, `aff_id`, `affid`, `clickid`, ... and Bitget's `clacCode` / OKX's `vipCode`.
 * - Exchange sign-up paths with the code in the path: okx.com/join/CODE, partner.bitget.com/bg/CODE,
 *   kucoin.com/r/rf/CODE, gate.io/signup/CODE, coinbase.com/join/CODE, bingx.com/invite/CODE.
 *
 * Decided: `utm_*` parameters are NOT referral. They are campaign tracking (which newsletter or tweet a click
 * came from) and credit nobody's account, so they are neither counted nor stripped; stripping them would also
 * break nothing but is not what the setting promises ("Remove referral codes from links").
 * Decided: `ref` with a plain source word (`?ref=twitter`, `?ref=homepage`, `?ref=main`) is a navigation tag,
 * not a code.
 */
import { collapseWhitespace } from '../util/text';

const CODE_PARAMS = new Set(
  [
    'ref',
    'referral',
    'referralcode',
    'referral_code',
    'referralid',
    'referral_id',
    'referrer_code',
    'ref_code',
    'refcode',
    'ref_id',
    'refid',
    'invite',
    'invitecode',
    'invite_code',
    'invitationcode',
    'invitation_code',
    'inviter',
    'inviter_code',
    'affiliate',
    'affiliate_id',
    'affiliateid',
    'aff',
    'aff_id',
    'affid',
    'aff_code',
    'affcode',
    'clickid',
    'click_id',
    // Bitget's referral links (bitget.com/referral/register?clacCode=...), OKX's VIP invites.
    'claccode',
    'vipcode',
  ].map((p) => p.toLowerCase()),
);

/** `ref` values that tag where a click came from rather than who gets credit. */
const SOURCE_WORDS =
  /^(home|homepage|nav|navbar|menu|header|footer|sidebar|related|search|rss|feed|newsletter|email|twitter|x|facebook|fb|linkedin|reddit|telegram|hn|producthunt|main|master|share|web|app|site|internal|article|post|news|blog)$/i;

interface PathCode {
  host: RegExp;
  path: RegExp;
  /** The same sign-up page without the code; null when no code-free address is known (counted, not rewritten). */
  clean: ((url: URL) => string) | null;
}

const LANG = '(?:[a-z]{2}(?:[-_][a-z]{2,4})?/)?';
const PATH_CODES: readonly PathCode[] = [
  {
    host: /(^|\.)okx\.com$/i,
    path: new RegExp(`^/${LANG}join/[^/]+/?$`, 'i'),
    clean: (u) => `${u.origin}/account/register`,
  },
  {
    host: /^partner\.bitget\.com$/i,
    path: /^\/bg\/[^/]+\/?$/i,
    clean: () => 'https://www.bitget.com/register',
  },
  {
    host: /(^|\.)kucoin\.com$/i,
    path: new RegExp(`^/${LANG}r/(?:rf/|af/|broker/)?[^/]+/?$`, 'i'),
    clean: (u) => `${u.origin}/ucenter/signup`,
  },
  {
    host: /(^|\.)gate\.(io|com)$/i,
    path: new RegExp(`^/${LANG}signup/[^/]+/?$`, 'i'),
    clean: (u) => `${u.origin}/signup`,
  },
  { host: /(^|\.)coinbase\.com$/i, path: /^\/join\/[^/]+\/?$/i, clean: (u) => `${u.origin}/signup` },
  { host: /(^|\.)bingx\.com$/i, path: new RegExp(`^/${LANG}(?:invite|partner)/[^/]+/?$`, 'i'), clean: null },
];

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

function isCodeParam(rawName: string, rawValue: string): boolean {
  const name = decode(rawName).toLowerCase();
  if (!CODE_PARAMS.has(name)) return false;
  const value = collapseWhitespace(decode(rawValue));
  if (!value) return false;
  return !(name === 'ref' && SOURCE_WORDS.test(value));
}

/** The query split into raw `name=value` pairs, with what surrounds it (kept byte for byte). */
function splitQuery(href: string): { head: string; pairs: string[]; hash: string } | null {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const q = beforeHash.indexOf('?');
  if (q < 0) return null;
  return { head: beforeHash.slice(0, q), pairs: beforeHash.slice(q + 1).split('&'), hash };
}

function pairIsCode(pair: string): boolean {
  const eq = pair.indexOf('=');
  return eq > 0 && isCodeParam(pair.slice(0, eq), pair.slice(eq + 1));
}

function pathCode(url: URL | null): PathCode | null {
  if (!url) return null;
  return PATH_CODES.find((p) => p.host.test(url.hostname) && p.path.test(url.pathname)) ?? null;
}

function absolute(href: string, base?: string): URL | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Whether `href` (absolute, or relative to `base`) carries a referral or affiliate code. */
export function isReferralUrl(href: string, base?: string): boolean {
  const url = absolute(href, base);
  if (!url) return false;
  if (pathCode(url)) return true;
  const parts = splitQuery(href);
  return !!parts && parts.pairs.some(pairIsCode);
}

/**
 * The URL without its referral code, or null when there is nothing to strip. Other parameters, the fragment
 * and a relative form are kept as written; a code in the path becomes the exchange's plain sign-up page.
 */
export function stripReferralParams(url: string, base?: string): string | null {
  const code = pathCode(absolute(url, base));
  if (code) {
    if (!code.clean) return null;
    const abs = absolute(url, base);
    if (!abs) return null;
    const parts = splitQuery(url);
    const rest = parts ? parts.pairs.filter((p) => p && !pairIsCode(p)) : [];
    return `${code.clean(abs)}${rest.length ? `?${rest.join('&')}` : ''}${abs.hash}`;
  }
  const parts = splitQuery(url);
  if (!parts) return null;
  const kept = parts.pairs.filter((p) => !pairIsCode(p));
  if (kept.length === parts.pairs.length) return null;
  const query = kept.filter(Boolean).join('&');
  return `${parts.head}${query ? `?${query}` : ''}${parts.hash}`;
}

/** Links under root. By tag name: an attribute selector over a 2000-deep page costs tens of ms in jsdom. */
function anchors(root: ParentNode): HTMLAnchorElement[] {
  const all =
    'getElementsByTagName' in root
      ? [...(root as Element).getElementsByTagName('a')]
      : [...root.querySelectorAll('a')];
  return all.filter((a): a is HTMLAnchorElement => a.hasAttribute('href'));
}

export interface ReferralLinks {
  links: HTMLAnchorElement[];
  /** Distinct hosts, in order of first appearance. */
  hosts: string[];
}

/** Referral links under `root`, skipping those for which `skip` says yes (hidden promotions). */
export function findReferralLinks(
  root: ParentNode,
  base?: string,
  skip?: (a: Element) => boolean,
): ReferralLinks {
  const links: HTMLAnchorElement[] = [];
  const hosts: string[] = [];
  for (const a of anchors(root)) {
    const href = a.getAttribute('href') ?? '';
    if (!isReferralUrl(href, base ?? a.baseURI) || skip?.(a)) continue;
    links.push(a);
    const host = absolute(href, base ?? a.baseURI)?.hostname.replace(/^www\./, '');
    if (host && !hosts.includes(host)) hosts.push(host);
  }
  return { links, hosts };
}

/** What stripReferralLinks changed: the page's own href and ours, so a restore never undoes the page's later edits. */
const changed = new Map<HTMLAnchorElement, { original: string; stripped: string }>();

/**
 * Removes the referral codes from the links under `root` (off by default: the `stripReferralParams` setting).
 * Returns how many links changed. Undo with restoreReferralLinks().
 */
export function stripReferralLinks(root: ParentNode): number {
  let count = 0;
  for (const a of anchors(root)) {
    const href = a.getAttribute('href') ?? '';
    const stripped = stripReferralParams(href, a.baseURI);
    if (stripped === null || stripped === href) continue;
    const before = changed.get(a);
    changed.set(a, { original: before?.original ?? href, stripped });
    a.setAttribute('href', stripped);
    count++;
  }
  return count;
}

/** The links stripReferralLinks changed, with their original href. */
export function originalReferralHrefs(): ReadonlyMap<HTMLAnchorElement, string> {
  return new Map([...changed].map(([a, { original }]) => [a, original]));
}

/** Puts back every href stripReferralLinks changed (unless the page has changed it since). Returns how many. */
export function restoreReferralLinks(): number {
  let count = 0;
  for (const [a, { original, stripped }] of changed) {
    if (a.getAttribute('href') === stripped) {
      a.setAttribute('href', original);
      count++;
    }
  }
  changed.clear();
  return count;
}
