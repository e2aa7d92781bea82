/**
 * Decides whether one candidate block is a promotion, and which kind. Signals are text, links and
 * structure; class names only count for empty ad placeholders (the filter-list convention).
 */
import { isOverlay } from './overlay';
import { holdsGuarded, textLength, type PromoContext } from './promo-context';
import { isCommercialHref } from './promo-links';
import { isOffSite } from './structure';
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
/** A call-to-action box: a line or two and its button. */
const MAX_CTA_BOX_CHARS = 300;
const MAX_BUTTON_BOX_CHARS = 200;
const MAX_BUTTON_LABEL = 24;

const DOWNLOAD_HREF = /(download|mobileapp|mobile|\/app(\/|$|\?))/i;
/** What turns a price per month into a pitch rather than news about a price. */
const TRIAL_CUE =
  /(free|normally|normalement|gratuit|kostenlos|gratis|grátis|ücretsiz|miễn phí|бесплатн|免费|無料|무료|\d+\s?(days?|jours|tage|días|dias|giorni|gün|ngày|hari|дн|天|日間))/i;
const SUBSCRIBE_WORDS = /(sign ?up|subscribe|abonn|anmeld|suscr|inscri|подпиш|订阅|get it|get the)/i;

/**
 * What one candidate block is known to be, read once and shared by the steps of classifyBlock.
 */
export interface BlockFacts {
  ctx: PromoContext;
  el: Element;
  tag: string;
  /** Trimmed text length (at most MAX_WIDGET_CHARS + 1 is read). */
  total: number;
  /** Text of each text node, trimmed, and joined by spaces. */
  pieces: string[];
  text: string;
  inRoot: boolean;
  /** Links, buttons and submit inputs (at most MAX_CONTROLS), the block itself if it is one. */
  controls: Element[];
  hrefs: string[];
  /** `hrefs` without scheme and host. */
  paths: string[];
  labels: string[];
  ctaCount: number;
  dismiss: boolean;
}

/** A step's answer: a reason (promotion), null (not a promotion, stop), undefined (no opinion). */
type StepResult = string | null | undefined;
type Step = (block: BlockFacts) => StepResult;

/**
 * Decides whether one block is a promotion, and which kind. The steps run in order; the first that
 * has an opinion decides. Structure first (call-to-action boxes by their link, ad slots, app badges),
 * then words and a score for what structure leaves open.
 */
export function classifyBlock(ctx: PromoContext, el: Element): string | null {
  if (!isCandidateBlock(ctx, el)) return null;
  const block = blockFacts(ctx, el);
  for (const [, step] of CLASSIFY_STEPS) {
    const result = step(block);
    if (result !== undefined) return result;
  }
  return null;
}

/** Not the document, not what guards the article, short enough to be a widget. */
function isCandidateBlock(ctx: PromoContext, el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'HEAD') return false;
  if (holdsGuarded(ctx, el)) return false;
  return textLength(ctx, el, MAX_WIDGET_CHARS) <= MAX_WIDGET_CHARS;
}

export function blockFacts(ctx: PromoContext, el: Element): BlockFacts {
  const pieces = textPieces(el);
  const controls = [...el.querySelectorAll('a[href], button, [role="button"], input[type="submit"]')].slice(
    0,
    MAX_CONTROLS,
  );
  if (el.matches('a[href], button')) controls.push(el);
  const hrefs = controls.map((c) => c.getAttribute('href')?.slice(0, 400) ?? '');
  const labels = controls.map((c) =>
    (c.textContent?.trim() || c.getAttribute('aria-label') || '').slice(0, 80),
  );
  return {
    ctx,
    el,
    tag: el.tagName,
    total: textLength(ctx, el, MAX_WIDGET_CHARS),
    pieces,
    text: pieces.join(' '),
    inRoot: ctx.root !== null && ctx.root.contains(el),
    controls,
    hrefs,
    paths: hrefs.map((h) => h.replace(/^[a-z]+:\/\/[^/]+/i, '')),
    labels,
    ctaCount: labels.filter((l) => l.length <= MAX_CONTROL_LABEL && CTA_LABEL.test(l)).length,
    dismiss: labels.some((l) => DISMISS_LABEL.test(l)),
  };
}

/** Disclaimers and disclosures stay, whatever they link to. */
const keepDisclaimer: Step = (b) => (DISCLAIMER.test(b.text) ? null : undefined);

/** Inside the publisher's key points only a sponsored line goes (Benzinga's "Reserve your free spot now"). */
const sponsoredKeyPoint: Step = (b) => {
  if (!b.ctx.keyPoints?.contains(b.el)) return undefined;
  return b.tag === 'LI' && (CTA_PHRASE.test(b.text) || AD_MARK.test(b.text)) ? 'sponsored key point' : null;
};

/** A block holding a long paragraph without an offer is content. */
const keepEditorialParagraph: Step = (b) => (hasEditorialParagraph(b.el) ? null : undefined);

const cookieNotice: Step = (b) =>
  COOKIE.test(b.text) && b.controls.length > 0 && b.total < 600 && !b.inRoot ? 'cookie notice' : undefined;

const newsletterForm: Step = (b) =>
  b.el.querySelector('input[type="email"], input[placeholder*="mail" i]') && b.total < 500
    ? 'newsletter sign-up'
    : undefined;

const newsletterPitch: Step = (b) =>
  NEWSLETTER.test(b.text) && SUBSCRIBE_WORDS.test(b.text) && b.total < MAX_INLINE_CHARS
    ? 'newsletter pitch'
    : undefined;

/** Labelled ("Advertisement", "(Anzeige)"), or served by an ad host. */
const labelledAd: Step = (b) => {
  if (b.total >= 500) return undefined;
  // A list of tag or category links ("Sponsorship", "Advertising") names topics, it is not an ad label.
  const tagList = b.paths.length > 0 && b.paths.every((p) => TAXONOMY_PATH.test(p));
  const labelled =
    (!tagList && b.pieces.some((p) => AD_LABEL.test(p))) ||
    AD_MARK.test(b.text) ||
    [...b.el.querySelectorAll('img[alt]')].some((img) =>
      AD_LABEL.test(img.getAttribute('alt')?.trim() ?? ''),
    ) ||
    b.hrefs.some((h) => AD_HREF.test(h)) ||
    [...b.el.querySelectorAll('iframe[src]')].some((f) => AD_HREF.test(f.getAttribute('src') ?? ''));
  return labelled ? 'ad slot' : undefined;
};

const emptyAdPlaceholder: Step = (b) =>
  b.total <= 2 && hasAdClass(b.el) && !isAdBlockProbe(b.el) ? 'empty ad placeholder' : undefined;

/** Largest side, in CSS pixels, of a box that shows nothing (anti-ad-block scripts use 1 px). */
const PROBE_MAX_PX = 1;

/**
 * An empty element sized by its own style to a pixel: anti-ad-block scripts append one with an ad id and
 * send the reader elsewhere when it computes `display: none`. It shows nothing, so hiding it gains nothing.
 */
function isAdBlockProbe(el: Element): boolean {
  if (el.childElementCount > 0) return false;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (!style) return false;
  const side = (value: string) => (/^\d+(\.\d+)?px$/.test(value) ? parseFloat(value) : Infinity);
  return Math.min(side(style.width), side(style.height)) <= PROBE_MAX_PX;
}

/** App-store badges, or a download link with app words. */
const appDownload: Step = (b) => {
  if (b.total >= MAX_INLINE_CHARS) return undefined;
  const store = b.hrefs.some((h) => STORE_HREF.test(h));
  return store || (b.paths.some((p) => DOWNLOAD_HREF.test(p)) && APP_WORDS.test(b.text))
    ? 'app download'
    : undefined;
};

const coinTicker: Step = (b) => {
  const tickers = b.text.match(TICKERS)?.length ?? 0;
  const tradeLink = b.paths.some((p) => /(trade|spot|futures|markets|buy)/i.test(p));
  return b.total < MAX_IN_BODY_CHARS &&
    (tickers >= 2 || (tickers === 1 && tradeLink)) &&
    (!b.inRoot || tradeLink)
    ? 'coin ticker'
    : undefined;
};

/** "See also: <headline>" inside the body: mostly its link. */
const seeAlsoLine: Step = (b) => {
  if (!SEE_ALSO.test(b.text) || b.controls.length === 0 || b.total >= MAX_INLINE_CHARS) return undefined;
  const linkChars = b.controls.reduce((n, c) => n + (c.textContent?.trim().length ?? 0), 0);
  return linkChars >= (b.total - linkChars) * 1.5 ? 'see-also link' : undefined;
};

/**
 * A call-to-action box, by structure: a short block whose main link goes to a commercial target
 * (sign-up, referral, rewards, premium, app, messaging channel), or a one-or-two-word button to
 * another site in a box set apart. Inside the body it must look like a box or a button, not a
 * sentence that happens to link to an exchange.
 */
const CTA_BOX = 'promotion (call-to-action box, commercial link)';
const callToActionBox: Step = (b) => {
  if (b.total > MAX_CTA_BOX_CHARS || b.controls.length === 0 || b.controls.length > 3) return undefined;
  if (b.el.closest('blockquote, figure, table, cite')) return undefined;
  const main = mainControl(b);
  if (main < 0) return undefined;
  const href = b.hrefs[main] ?? '';
  const label = b.labels[main] ?? '';
  const buttonLike = isButtonLabel(label);
  const linkShare = b.labels.reduce((n, l) => n + l.length, 0) / Math.max(1, b.total);
  if (isCommercialHref(href)) {
    if (!b.inRoot) return CTA_BOX;
    // A line of text in the body: the link is the line, or a price-per-month pitch ends with it
    // (a sentence that mentions an exchange's product and links to it is news).
    if (b.tag === 'P' || b.tag === 'LI') {
      const endsWithLink = b.pieces[b.pieces.length - 1] === label;
      const pitch =
        endsWithLink && b.total <= MAX_BARE_INLINE_CHARS && PREMIUM.test(b.text) && PER_MONTH.test(b.text);
      return linkShare >= 0.5 || pitch ? 'promotion (call-to-action line, commercial link)' : undefined;
    }
    if (buttonLike || linkShare >= 0.5) return CTA_BOX;
    const apart = setApart(b);
    if (apart === undefined) b.ctx.deferred.add(b.el);
    return apart ? CTA_BOX : undefined;
  }
  if (buttonLike && b.total <= MAX_BUTTON_BOX_CHARS && isOffSite(href, b.ctx.page) && b.tag !== 'P') {
    const apart = setApart(b);
    if (apart === undefined) b.ctx.deferred.add(b.el);
    return apart ? 'promotion (call-to-action box, button to another site)' : undefined;
  }
  return undefined;
};

/** Inside the body a promotion either asks for a click with an action label or is a bare subscription pitch. */
const inBodyPromotion: Step = (b) => {
  if (!b.inRoot) return undefined;
  // News text talks about bonuses and yields too.
  if (b.total > MAX_INLINE_CHARS) return null;
  // A subscription pitch ("30 days free - normally $100/month"), bare or with its one link.
  if (
    b.controls.length <= 1 &&
    b.total <= MAX_BARE_INLINE_CHARS &&
    PREMIUM.test(b.text) &&
    PER_MONTH.test(b.text) &&
    TRIAL_CUE.test(b.text)
  )
    return 'premium offer line';
  if (b.controls.length === 0) return null;
  const { score, signals } = promotionScore(b);
  return score >= 4 && b.ctaCount > 0 ? `inline promotion (${signals.join(', ')})` : null;
};

/** Outside the body: enough promotional signals together. */
const scoredPromotion: Step = (b) => {
  const { score, signals } = promotionScore(b);
  return score >= 3 ? `promotion (${signals.join(', ')})` : null;
};

/** The steps of classifyBlock, in order, by name (tests and debugging read the names). */
export const CLASSIFY_STEPS: readonly (readonly [string, Step])[] = [
  ['keep disclaimer', keepDisclaimer],
  ['sponsored key point', sponsoredKeyPoint],
  ['keep editorial paragraph', keepEditorialParagraph],
  ['cookie notice', cookieNotice],
  ['newsletter form', newsletterForm],
  ['newsletter pitch', newsletterPitch],
  ['labelled ad', labelledAd],
  ['empty ad placeholder', emptyAdPlaceholder],
  ['app download', appDownload],
  ['coin ticker', coinTicker],
  ['see-also line', seeAlsoLine],
  ['call-to-action box', callToActionBox],
  ['in-body promotion', inBodyPromotion],
  ['scored promotion', scoredPromotion],
];

/** Word and placement signals, each with its weight (the second signal, after structure). */
function promotionScore(b: BlockFacts): { score: number; signals: string[] } {
  const signals: string[] = [];
  let score = 0;
  const add = (points: number, name: string) => {
    score += points;
    signals.push(name);
  };
  const controlChars = b.labels.reduce((n, l) => n + l.length, 0);
  if (b.paths.some((p) => PROMO_HREF.test(p))) add(2, 'promo link');
  if (b.ctaCount > 0) add(1, 'cta');
  if (OFFER.test(b.text)) add(2, 'offer');
  const premium = PREMIUM.test(b.text);
  if (premium) add(2, 'premium');
  if (premium && PER_MONTH.test(b.text)) add(2, 'price per month');
  if (CTA_PHRASE.test(b.text)) add(2, 'cta phrase');
  if (b.dismiss) add(1, 'dismissible');
  if (isOverlay(b.el)) add(1, 'overlay');
  const strip =
    b.controls.length > 0 &&
    b.controls.length <= 3 &&
    b.total <= 180 &&
    b.ctaCount + (b.dismiss ? 1 : 0) >= b.controls.length;
  if (strip) add(1, 'cta strip');
  const pageLevel = !b.el.closest('main, article, aside, [role="main"]');
  if (strip && pageLevel) add(1, 'page-level bar');
  if (b.dismiss && pageLevel && b.total <= 200 && b.total - controlChars > 10 && !strip)
    add(3, 'dismissible notice');
  return { score, signals };
}

/** The control a box is about: the first link that is not a dismiss button. */
function mainControl(b: BlockFacts): number {
  return b.controls.findIndex((c, i) => c.hasAttribute('href') && !DISMISS_LABEL.test(b.labels[i] ?? ''));
}

/** A button's label: one to three words, short ("Open", "Abrir", "口座開設", "Gabung sekarang"). */
function isButtonLabel(label: string): boolean {
  return label.length > 0 && label.length <= MAX_BUTTON_LABEL && label.split(/\s+/).length <= 3;
}

/** True / false once the layout is read (or known from the markup); undefined while unknown. */
function setApart(b: BlockFacts): boolean | undefined {
  const { el, ctx } = b;
  if (el.tagName === 'ASIDE' || el.getAttribute('role') === 'complementary') return true;
  if (/(background|border)\s*:/i.test(el.getAttribute('style') ?? '')) return true;
  if (!ctx.layout) return undefined;
  return ctx.layout.boxes.get(el)?.setApart ?? false;
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
