/**
 * Decides whether one candidate block is a promotion, and which kind. Signals are text, links and
 * structure; class names only count for empty ad placeholders (the filter-list convention).
 */
import { isOverlay } from './overlay';
import { holdsGuarded, textLength, type PromoContext } from './promo-context';
import {
  AD_CLASS_TOKEN,
  AD_HREF,
  AD_LABEL,
  AD_MARK,
  APP_WORDS,
  COOKIE,
  CTA_LABEL,
  CTA_PHRASE,
  DISCLAIMER,
  DISMISS_LABEL,
  NEWSLETTER,
  OFFER,
  PER_MONTH,
  PREMIUM,
  PROMO_HREF,
  SEE_ALSO,
  STORE_HREF,
  TICKER,
} from './promo-patterns';

/** Widgets are short; a block with more text than this is content or a layout column. */
export const MAX_WIDGET_CHARS = 1500;
/** Inside the article body only short, clearly promotional lines go. */
const MAX_INLINE_CHARS = 300;
const MAX_BARE_INLINE_CHARS = 160;
/** An editorial paragraph: long and without an offer. */
export const EDITORIAL_PARAGRAPH_CHARS = 280;
/** No rule takes a longer block inside the article body (the coin-ticker rule has the highest limit). */
export const MAX_IN_BODY_CHARS = 600;
const MAX_CONTROL_LABEL = 40;
const MAX_CONTROLS = 20;

const DOWNLOAD_HREF = /(download|mobileapp|mobile|\/app(\/|$|\?))/i;
/** What turns a price per month into a pitch rather than news about a price. */
const TRIAL_CUE =
  /(free|normally|normalement|gratuit|kostenlos|gratis|бесплатн|免费|\d+\s?(days?|jours|tage|días|дн|天))/i;
const SUBSCRIBE_WORDS = /(sign ?up|subscribe|abonn|anmeld|suscr|inscri|подпиш|订阅|get it|get the)/i;

export function classifyBlock(ctx: PromoContext, el: Element): string | null {
  const tag = el.tagName;
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'HEAD') return null;
  if (holdsGuarded(ctx, el)) return null;
  const total = textLength(ctx, el, MAX_WIDGET_CHARS);
  if (total > MAX_WIDGET_CHARS) return null;
  const pieces = textPieces(el);
  const text = pieces.join(' ');
  if (DISCLAIMER.test(text)) return null;

  const inRoot = ctx.root !== null && ctx.root.contains(el);
  if (ctx.keyPoints?.contains(el)) {
    // A sponsored line slipped into the key points (Benzinga's "Reserve your free spot now").
    return tag === 'LI' && (CTA_PHRASE.test(text) || AD_MARK.test(text)) ? 'sponsored key point' : null;
  }
  if (hasEditorialParagraph(el)) return null;

  const controls = [...el.querySelectorAll('a[href], button, [role="button"], input[type="submit"]')].slice(
    0,
    MAX_CONTROLS,
  );
  if (el.matches('a[href], button')) controls.push(el);
  const hrefs = controls.map((c) => c.getAttribute('href')?.slice(0, 400) ?? '');
  const paths = hrefs.map((h) => h.replace(/^[a-z]+:\/\/[^/]+/i, ''));
  const labels = controls.map((c) =>
    (c.textContent?.trim() || c.getAttribute('aria-label') || '').slice(0, 80),
  );
  const ctaCount = labels.filter((l) => l.length <= MAX_CONTROL_LABEL && CTA_LABEL.test(l)).length;
  const dismiss = labels.some((l) => DISMISS_LABEL.test(l));
  const promoHref = paths.some((p) => PROMO_HREF.test(p));
  const controlChars = labels.reduce((n, l) => n + l.length, 0);

  if (COOKIE.test(text) && controls.length > 0 && total < 600 && !inRoot) return 'cookie notice';
  if (el.querySelector('input[type="email"], input[placeholder*="mail" i]') && total < 500)
    return 'newsletter sign-up';
  if (NEWSLETTER.test(text) && SUBSCRIBE_WORDS.test(text) && total < MAX_INLINE_CHARS)
    return 'newsletter pitch';

  // A list of tag or category links ("Sponsorship", "Advertising") names topics, it is not an ad label.
  const tagList = paths.length > 0 && paths.every((p) => TAXONOMY_PATH.test(p));
  const adLabelled =
    (!tagList && pieces.some((p) => AD_LABEL.test(p))) ||
    AD_MARK.test(text) ||
    [...el.querySelectorAll('img[alt]')].some((img) =>
      AD_LABEL.test(img.getAttribute('alt')?.trim() ?? ''),
    ) ||
    hrefs.some((h) => AD_HREF.test(h)) ||
    [...el.querySelectorAll('iframe[src]')].some((f) => AD_HREF.test(f.getAttribute('src') ?? ''));
  if (adLabelled && total < 500) return 'ad slot';
  if (total <= 2 && hasAdClass(el)) return 'empty ad placeholder';

  if (total < MAX_INLINE_CHARS) {
    const store = hrefs.some((h) => STORE_HREF.test(h));
    if (store || (paths.some((p) => DOWNLOAD_HREF.test(p)) && APP_WORDS.test(text))) return 'app download';
  }

  const tickers = text.match(TICKERS)?.length ?? 0;
  const tradeLink = paths.some((p) => /(trade|spot|futures|markets|buy)/i.test(p));
  if (total < MAX_IN_BODY_CHARS && (tickers >= 2 || (tickers === 1 && tradeLink)) && (!inRoot || tradeLink))
    return 'coin ticker';

  if (SEE_ALSO.test(text) && controls.length > 0 && total < MAX_INLINE_CHARS) {
    const linkChars = controls.reduce((n, c) => n + (c.textContent?.trim().length ?? 0), 0);
    if (linkChars >= (total - linkChars) * 1.5) return 'see-also link';
  }

  const signals: string[] = [];
  let score = 0;
  const add = (points: number, name: string) => {
    score += points;
    signals.push(name);
  };
  if (promoHref) add(2, 'promo link');
  if (ctaCount > 0) add(1, 'cta');
  if (OFFER.test(text)) add(2, 'offer');
  const premium = PREMIUM.test(text);
  if (premium) add(2, 'premium');
  if (premium && PER_MONTH.test(text)) add(2, 'price per month');
  if (CTA_PHRASE.test(text)) add(2, 'cta phrase');
  if (dismiss) add(1, 'dismissible');
  if (isOverlay(el)) add(1, 'overlay');
  const strip =
    controls.length > 0 &&
    controls.length <= 3 &&
    total <= 180 &&
    ctaCount + (dismiss ? 1 : 0) >= controls.length;
  if (strip) add(1, 'cta strip');
  const pageLevel = !el.closest('main, article, aside, [role="main"]');
  if (strip && pageLevel) add(1, 'page-level bar');
  if (dismiss && pageLevel && total <= 200 && total - controlChars > 10 && !strip)
    add(3, 'dismissible notice');

  if (inRoot) {
    // News text talks about bonuses and yields too: inside the body a promotion must either ask
    // for a click with an action label, or be a bare subscription pitch ("normally $100/month").
    if (total > MAX_INLINE_CHARS) return null;
    // A subscription pitch ("30 days free - normally $100/month"), bare or with its one link.
    if (
      controls.length <= 1 &&
      total <= MAX_BARE_INLINE_CHARS &&
      PREMIUM.test(text) &&
      PER_MONTH.test(text) &&
      TRIAL_CUE.test(text)
    )
      return 'premium offer line';
    if (controls.length === 0) return null;
    return score >= 4 && ctaCount > 0 ? `inline promotion (${signals.join(', ')})` : null;
  }
  return score >= 3 ? `promotion (${signals.join(', ')})` : null;
}

/** All tickers in a text (compiled once, not per block). */
const TICKERS = new RegExp(TICKER.source, 'g');

/** Paths of tag and category pages. */
const TAXONOMY_PATH = /\/(?:tags?|topics?|category|categories|section|rubri(?:que|k)|tema)\//i;

/** Text of each text node, trimmed (textContent would glue "App" and "Trade" into "AppTrade"). */
export function textPieces(el: Element, maxChars = 1600): string[] {
  const out: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let chars = 0;
  for (let n = walker.nextNode(); n && chars < maxChars; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && SKIPPED_TEXT_PARENTS.has(parent.tagName)) continue;
    const t = n.nodeValue?.trim();
    if (t) {
      out.push(t);
      chars += t.length;
    }
  }
  return out;
}

export const SKIPPED_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'XMP']);

function hasEditorialParagraph(el: Element): boolean {
  const paragraphs = el.tagName === 'P' ? [el] : [...el.querySelectorAll('p')].slice(0, 20);
  return paragraphs.some((p) => {
    const t = p.textContent ?? '';
    return t.length > EDITORIAL_PARAGRAPH_CHARS && !OFFER.test(t) && !PREMIUM.test(t);
  });
}

function hasAdClass(el: Element): boolean {
  const nodes = [el, ...[...el.querySelectorAll('[class], [id]')].slice(0, 10)];
  return nodes.some(
    (n) =>
      AD_CLASS_TOKEN.test((n.getAttribute('class') ?? '').slice(0, 300)) ||
      AD_CLASS_TOKEN.test(n.id.slice(0, 100)),
  );
}
