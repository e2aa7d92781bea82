/**
 * What a link points at, by its address alone: a commercial target (sign-up, download, app store,
 * premium and pricing, broker and affiliate hops, referral codes, rewards, messaging channels, social
 * "follow" intents), another article of the same site, or a site section (menus). Pure string work.
 */
import { AD_HREF, PROMO_HREF, STORE_HREF } from './promo-patterns';

/**
 * Referral and affiliate parameters and paths as exchanges and brokers write them: Binance `?ref=`,
 * OKX `/join/CODE`, Bybit `/invite?ref=`, KuCoin `/r/af/CODE` and `/r/rf/CODE`, HTX `invite_code=`,
 * `?aff=`, `affiliate_id=`, `rcode=`, `referral_code=`, `inviteCode=`, `partner=`, `promo=`.
 */
const REFERRAL =
  /[?&](ref|ref_?code|referral(_?code)?|rcode|aff|aff_?id|affiliate(_?id)?|invite(_?code|Code)?|partner(_?id)?|promo(_?code)?|coupon|bonus_?code|clickid|btag)=|\/r\/(af|rf)\/|\/(join|invite|referral|ref)\/[A-Za-z0-9_-]{4,}/i;

/** Messaging channels and social "follow" intents: a banner that sends the reader there is a pitch. */
const CHANNEL =
  /^(https?:)?\/\/([a-z0-9-]+\.)*(t\.me|telegram\.me|discord\.gg|discord\.com\/invite|chat\.whatsapp\.com|whatsapp\.com\/channel|line\.me|kakao\.com|pf\.kakao\.com|zalo\.me)(\/|$)|\/intent\/(follow|user)\b|[?&]sub_confirmation=1/i;

/**
 * Paths a call to action sends the reader to: sign-up, download, rewards and bonuses, referral,
 * paid plans and checkouts. Narrower than PROMO_HREF (which also names products such as `spot`,
 * `earn`, `pro`, `app`, and only adds to a word score): a whole path segment, as sites spell them.
 */
const CTA_PATH =
  /(^|[/?&=._-])(register|registration|signup|sign-up|sign_up|join|download|downloads|mobileapp|rewards?|rewards-hub|bonus|promotions?|promo|referral|invite|affiliate|premium|subscribe|trial|pricing|checkout|upgrade|subscription|membership|check-in|daily-check-in)([/?&=#]|$)/i;

const HOST_PATH = /^[a-z]+:\/\/[^/]+/i;

/**
 * A commercial destination: what a call-to-action box sends the reader to. An article's address is
 * never one, even when its slug names a product ("...-staking-ethereum") or it carries a tracking
 * `?ref=`.
 */
export function isCommercialHref(href: string): boolean {
  if (!href || href.startsWith('#') || href.startsWith('javascript:')) return false;
  const h = href.slice(0, 400);
  if (STORE_HREF.test(h) || AD_HREF.test(h) || CHANNEL.test(h)) return true;
  const path = h.replace(HOST_PATH, '');
  if (isArticleShapedPath(path)) return false;
  return REFERRAL.test(h) || CTA_PATH.test(path);
}

/** A link worth a look (a seed): a commercial target, or a path PROMO_HREF names (trade, earn, app…). */
export function isPromoLinkHref(href: string): boolean {
  if (isCommercialHref(href)) return true;
  const path = href.slice(0, 400).replace(HOST_PATH, '');
  return !isArticleShapedPath(path) && PROMO_HREF.test(path);
}

/** A path whose last segment is an article slug or id (query and fragment ignored). */
function isArticleShapedPath(path: string): boolean {
  const clean = path.replace(/[?#].*$/, '');
  const last = clean.split('/').filter(Boolean).pop() ?? '';
  return last.length >= 12 && ARTICLE_SEGMENT.test(last.replace(/\.html?$/, ''));
}

/** A messaging channel or a social follow intent. */
export function isChannelHref(href: string): boolean {
  return CHANNEL.test(href.slice(0, 400));
}

/** Paths of sections, tags, authors and pages that are not articles. */
const NOT_ARTICLE_PATH =
  /\/(tags?|topics?|category|categories|section|author|authors|autor|user|profile|search|login|signup|register|about|contact|careers?|jobs|investors?|advertis(e|ing)|privacy|terms|legal|press|help|support|faq)(\/|$)/i;
/** A final path segment with words (`what-it-means-for-btc`) or a long id (`48211`, `12560603991422`). */
const ARTICLE_SEGMENT = /(^|[-_])\d{5,}([-_.]|$)|([-_][^/_-]+){3,}$/;
const LONG_SLUG = /([-_][^/_-]+){4,}$/;

/**
 * A link to another article of the same site (relative, or on the page's host), not the page itself
 * and not an anchor in it: what the teasers of a related rail point at.
 */
export function isSameSiteArticleHref(href: string, page: URL): boolean {
  if (!href || href.startsWith('#') || href.startsWith('javascript:') || href.startsWith('mailto:'))
    return false;
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return false;
  }
  // The same site: its host, or another edition of it (de.cointelegraph.com from cointelegraph.com).
  if (!sameSite(url.hostname, page.hostname) || !/^https?:$/.test(url.protocol)) return false;
  if (url.pathname === page.pathname) return false;
  if (NOT_ARTICLE_PATH.test(url.pathname)) return false;
  const segments = url.pathname.split('/').filter(Boolean);
  const last = decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.html?$/, '');
  return last.length >= 12 && ARTICLE_SEGMENT.test(last) && (segments.length >= 2 || LONG_SLUG.test(last));
}

function sameSite(a: string, b: string): boolean {
  const domain = (host: string) => host.split('.').slice(-2).join('.');
  return a === b || domain(a) === domain(b);
}
