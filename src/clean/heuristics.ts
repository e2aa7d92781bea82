/**
 * Generic promotion heuristics for article pages on unknown or redesigned layouts.
 *
 *   seeds (promo-ish text, promo links, email inputs, ad images, overlays, empty ad slots)
 *     ─► climb to the widget (stop where the parent adds real text or holds article content)
 *     ─► classify (promo-classify) ─► keep outermost ─► merge sibling widgets into their box
 *
 * Pure: returns elements, hides nothing. Only call on article pages (see detect-article): on other
 * pages cookie notices and sign-up boxes are what the page is for.
 *
 * Cost (a 5 MB, 60,000-element page must stay cheap): one walk over elements and text; text is
 * matched against the promotion words only in blocks that could still be a promotion (short enough,
 * not an editorial paragraph), comment threads and icons are not walked, and text lengths are read
 * only as far as a comparison needs. Every block is classified once.
 */
import { isOverlay } from './overlay';
import {
  classifyBlock,
  EDITORIAL_PARAGRAPH_CHARS,
  MAX_IN_BODY_CHARS,
  MAX_WIDGET_CHARS,
  SKIPPED_TEXT_PARENTS,
} from './promo-classify';
import {
  buildPromoContext,
  holdsGuarded,
  inChrome,
  inOwnUi,
  isChrome,
  rememberLength,
  shortText,
  textLength,
  type PromoContext,
} from './promo-context';
import {
  AD_CLASS_TOKEN,
  AD_HREF,
  AD_LABEL,
  AD_MARK,
  APP_WORDS,
  COOKIE,
  CTA_LABEL,
  CTA_PHRASE,
  DISMISS_LABEL,
  NEWSLETTER,
  OFFER,
  PREMIUM,
  RAIL_HEADING,
  SEE_ALSO,
  TICKER,
} from './promo-patterns';
import { findArticleRoot } from '../detect/article-root';
import { isOwn } from '../world/own-nodes';
import { yieldToPage } from '../util/yield';
import { isPromoLinkHref, isSameSiteArticleHref } from './promo-links';
import {
  adShapeTarget,
  findRails,
  inMenu,
  isEditorialEmbed,
  isMenu,
  isOffSite,
  overlayKind,
  readLayout,
  type LayoutReader,
} from './structure';

export interface PromoMatch {
  element: Element;
  reason: string;
}

const INLINE_TAGS = new Set([
  'A',
  'SPAN',
  'STRONG',
  'EM',
  'B',
  'I',
  'U',
  'S',
  'SMALL',
  'LABEL',
  'BUTTON',
  'IMG',
  'TIME',
  'SUP',
  'SUB',
  'CODE',
  'MARK',
  'ABBR',
  'INPUT',
  'PICTURE',
  'SOURCE',
  'svg',
  'SVG',
  'BR',
  'FONT',
  'BDI',
  'BDO',
  'Q',
  'CITE',
]);
const MAX_SEED_TEXT = 400;
const MAX_CLIMB = 12;
/** A wrapper may add a label or a close button, not content. */
const WRAPPER_EXTRA_CHARS = 30;
const MAX_RAIL_CHARS = 6000;
/** Longest text a rail heading can have (RAIL_HEADING is anchored; "more from <site>" is the longest). */
const MAX_RAIL_HEADING = 60;
/** Nodes walked, or blocks classified, between two chances to yield (findPromotionsSliced). */
const STEP = 400;
/** Caps on what the walk collects for the structural detectors (a 60,000-element page stays cheap). */
const MAX_ARTICLE_LINKS = 1500;
const MAX_SHAPE_CANDIDATES = 300;
const MAX_LAYER_CANDIDATES = 300;
/** Fixed bars and overlays sit near the top of the tree: body's children down to this depth. */
const LAYER_DEPTH = 3;
/** A cheap prefilter before an href is parsed as a URL: article paths have a dash or a long number. */
const ARTICLE_HREF_HINT = /-[^/]*-|\d{5}/;

/**
 * Comment threads: readers' text, thousands of nodes on busy pages, and no publisher promotion.
 * A whole class or id token (`comments`, `news-comments`, `comment__body`, `comment-list`,
 * `disqus_thread`), not a word inside one (`commentary`) nor a state (`comments-open` on <body>).
 */
const COMMENT_TOKEN =
  /(^|\s)([\w-]*[-_])?(comments?|comment-?(list|section|area|thread|item|body)s?|disqus_thread|replies)(__[\w-]*)?(\s|$)/i;

export interface PromoOptions {
  /** How the candidates' layout is read (tests give boxes; the default asks the browser). */
  readLayout?: LayoutReader;
}

/** Promotions on the whole page. `articleRoot` from findArticleRoot (null: none found). */
export function findPromotions(
  doc: Document,
  articleRoot: Element | null,
  options: PromoOptions = {},
): PromoMatch[] {
  const pass = wholePage(doc, articleRoot, options);
  return pass ? drain(pass.steps()) : [];
}

/**
 * Promotions among nodes added after load (MutationObserver records). Looks only at those subtrees
 * (and their wrappers); if the article body itself arrived late (client-rendered pages), the root is
 * found again.
 */
export function findPromotionsIn(
  nodes: Iterable<Node>,
  articleRoot: Element | null,
  options: PromoOptions = {},
): PromoMatch[] {
  const pass = addedNodes(nodes, articleRoot, options);
  return pass ? drain(pass.steps()) : [];
}

export interface SliceOptions extends PromoOptions {
  /** Longest stretch of work before the page gets the main thread back (default 40 ms). */
  budgetMs?: number;
  /**
   * Called before each pause with the promotions found since the last call, top of the page first,
   * so that they can be hidden while the rest is looked at. The promise's result is the complete
   * list (sibling widgets merged into their box), which may repeat elements passed here.
   */
  onChunk?: (matches: PromoMatch[]) => void;
  /** Stops the pass: the promise then resolves with what was found so far. */
  signal?: AbortSignal;
  /** Only these added nodes, as findPromotionsIn (a client-rendered page can add 50,000 at once). */
  within?: Iterable<Node>;
  /**
   * performance.now() when the caller's current task began: the first stretch is shortened by the
   * work already done in it (detection, site rules), so that the task as a whole keeps the budget.
   */
  taskStartedAt?: number;
}

/**
 * findPromotions (or, with `within`, findPromotionsIn) in stretches of about `budgetMs`, giving the
 * main thread back in between: for very large pages, where one pass would be a long task. The same
 * result on a page that does not change meanwhile; what the page adds behind the walk is the
 * MutationObserver's to report (findPromotionsIn).
 */
export async function findPromotionsSliced(
  doc: Document,
  articleRoot: Element | null,
  options: SliceOptions = {},
): Promise<PromoMatch[]> {
  const pass = options.within
    ? addedNodes(options.within, articleRoot, options)
    : wholePage(doc, articleRoot, options);
  if (!pass) return [];
  const budget = options.budgetMs ?? 40;
  const steps = pass.steps();
  let sliceStart = options.taskStartedAt ?? now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart < budget) continue;
    if (options.onChunk) {
      const fresh = pass.takeFresh();
      if (fresh.length) options.onChunk(fresh);
    }
    await yieldToPage();
    if (options.signal?.aborted) return pass.partial();
    sliceStart = now();
  }
}

function wholePage(doc: Document, articleRoot: Element | null, options: PromoOptions): Pass | null {
  return doc.body ? new Pass(buildPromoContext(doc, articleRoot), [doc.body], options) : null;
}

function addedNodes(nodes: Iterable<Node>, articleRoot: Element | null, options: PromoOptions): Pass | null {
  const scopes: Element[] = [];
  for (const node of nodes) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (el && el.isConnected && !isOwn(el)) scopes.push(el);
  }
  const first = scopes[0];
  if (!first) return null;
  const doc = first.ownerDocument;
  let root = articleRoot?.isConnected ? articleRoot : null;
  if (!root && scopes.some((s) => s.querySelector('p'))) root = findArticleRoot(doc);
  return new Pass(buildPromoContext(doc, root), scopes, options);
}

const now = (): number => performance.now();

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** One run over some scopes: seeds are collected and classified as the walk goes (top first). */
class Pass {
  private readonly seeds = new Set<Element>();
  private readonly pending: Element[] = [];
  private readonly railHeadings = new Set<Element>();
  private readonly found = new Map<Element, string>();
  /** Per seed block: false when neither it nor any block holding it can be a promotion. */
  private readonly promising = new Map<Element, boolean>();
  private readonly verdicts = new Map<Element, string | null>();
  private readonly delivered = new Set<Element>();
  /** Links to other articles of the site (rails), and elements whose shape may be an ad slot. */
  private readonly articleLinks: Element[] = [];
  private readonly shapes: Element[] = [];
  /** Elements that announce a layer (dialog roles, inline fixed, `fixed` utilities). */
  private readonly layers = new Set<Element>();
  /** Sign-up forms (an email field): judged even in the page's footer. */
  private readonly forms = new Set<Element>();

  constructor(
    private readonly ctx: PromoContext,
    private readonly scopes: Element[],
    private readonly options: PromoOptions = {},
  ) {}

  *steps(): Generator<void, PromoMatch[]> {
    for (const scope of this.scopes) yield* this.walk(scope);
    this.classifyPending();
    for (const heading of this.railHeadings) {
      const rail = railFor(this.ctx, heading);
      if (rail) this.found.set(rail, 'related-articles rail');
    }
    yield* this.findStructural();
    return mergeSiblings(this.ctx, outermost(this.found));
  }

  /**
   * The structural detectors: rails of teasers (no layout needed), then one batch of layout reads
   * for the candidates (layers, ad-sized shapes, boxes waiting to know if they are set apart).
   */
  private *findStructural(): Generator<void> {
    const { ctx } = this;
    for (const rail of findRails(ctx, this.articleLinks)) {
      if (eligible(ctx, rail)) this.found.set(climb(ctx, rail), 'related rail (teasers)');
    }
    const layers = this.layerCandidates();
    const deferred = [...ctx.deferred];
    if (!layers.length && !this.shapes.length && !deferred.length) return;
    // The layout read may force a style and layout pass: a task of its own on a sliced run.
    yield;
    const layout = (this.options.readLayout ?? readLayout)([...layers, ...this.shapes, ...deferred]);
    yield;
    ctx.layout = layout;
    for (const el of layers) {
      const box = layout.boxes.get(el);
      const kind = box ? overlayKind(box, layout.viewport) : null;
      if (kind && isLayerPromotion(ctx, el))
        this.found.set(el, kind === 'overlay' ? 'overlay (fixed, covering)' : 'bar (fixed)');
    }
    for (const el of this.shapes) {
      const target = adShapeTarget(el, layout.boxes.get(el), ctx);
      if (target && eligible(ctx, target)) this.found.set(climb(ctx, target), 'ad slot (standard size)');
    }
    for (const el of deferred) {
      this.verdicts.delete(el);
      const reason = eligible(ctx, el) ? this.verdict(el) : null;
      if (reason) this.found.set(el, reason);
    }
  }

  /** The page's layers: body's children a few levels down, and elements that announce one. */
  private layerCandidates(): Element[] {
    const out = new Set<Element>(this.layers);
    const body = this.ctx.doc.body;
    if (!body || !this.scopes.includes(body)) return [...out].slice(0, MAX_LAYER_CANDIDATES);
    let level: Element[] = [body];
    for (let depth = 0; depth < LAYER_DEPTH && out.size < MAX_LAYER_CANDIDATES; depth++) {
      const next: Element[] = [];
      for (const el of level) {
        for (const child of el.children) {
          if (SKIPPED_TEXT_PARENTS.has(child.tagName) || isOwn(child)) continue;
          out.add(child);
          next.push(child);
        }
      }
      level = next;
    }
    return [...out].slice(0, MAX_LAYER_CANDIDATES);
  }

  /** Found so far and not handed out yet (outermost only). */
  takeFresh(): PromoMatch[] {
    const fresh: PromoMatch[] = [];
    for (const [element, reason] of outermost(this.found)) {
      if (this.delivered.has(element)) continue;
      this.delivered.add(element);
      fresh.push({ element, reason });
    }
    return fresh;
  }

  partial(): PromoMatch[] {
    return [...outermost(this.found)].map(([element, reason]) => ({ element, reason }));
  }

  /** One walk over elements and text; subtrees that cannot matter are skipped. */
  private *walk(scope: Element): Generator<void> {
    const skipped = this.visitElement(scope);
    if (skipped && SKIPPED_TEXT_PARENTS.has(scope.tagName)) return; // a script or style was added
    // Comments that arrive late, like the thread the first pass skipped.
    if (scope !== scope.ownerDocument.body && inCommentThread(this.ctx, scope)) return;
    const walker = scope.ownerDocument.createTreeWalker(scope, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
    let restarted = false;
    let n = 0;
    for (let node = walker.nextNode(); node;) {
      const skip =
        node.nodeType === 1 ? this.visitElement(node as Element) : (this.seedFromText(node), false);
      node = skip ? nextOutside(walker) : walker.nextNode();
      if (++n % STEP === 0) {
        this.classifyPending();
        yield;
        // The page may have removed where we were while we yielded: walk again (seen seeds are kept).
        if (node && !scope.contains(node)) {
          if (restarted) return;
          restarted = true;
          walker.currentNode = scope;
          node = walker.nextNode();
        }
      }
    }
  }

  private addSeed(el: Element): void {
    if (this.seeds.has(el)) return;
    this.seeds.add(el);
    this.pending.push(el);
  }

  private classifyPending(): void {
    const { ctx } = this;
    for (const seed of this.pending) {
      // A sign-up form may sit in the footer (a newsletter box): page chrome, not navigation.
      const allowed = this.forms.has(seed) ? eligibleForm(ctx, seed) : eligible(ctx, seed);
      if (!allowed || !this.mayBePromotion(seed)) continue;
      const container = climb(ctx, seed);
      const reason = this.verdict(container);
      if (reason === 'newsletter sign-up') this.found.set(widen(ctx, container), reason);
      else if (reason) this.found.set(container, reason);
      else if (container !== seed) {
        // The climb went one wrapper too far (a modal's title inside its mask): judge the seed alone.
        const own = this.verdict(seed);
        if (own) this.found.set(seed, own);
      }
    }
    this.pending.length = 0;
  }

  private verdict(el: Element): string | null {
    let reason = this.verdicts.get(el);
    if (reason === undefined) {
      reason = classifyBlock(this.ctx, el);
      this.verdicts.set(el, reason);
    }
    return reason;
  }

  /**
   * False when classifyBlock can say no promotion for this block and for any block holding it
   * (the climb only goes up): too much text, or an editorial paragraph. Saves the promotion
   * patterns on the text of article paragraphs.
   */
  private mayBePromotion(block: Element): boolean {
    const known = this.promising.get(block);
    if (known !== undefined) return known;
    const { ctx } = this;
    // A paragraph's text is read whole anyway (editorial test); other blocks only up to the limit.
    const paragraph = block.tagName === 'P' ? (block.textContent ?? '') : null;
    const total =
      paragraph === null ? textLength(ctx, block, MAX_WIDGET_CHARS) : rememberLength(ctx, block, paragraph);
    let ok = total <= MAX_WIDGET_CHARS;
    if (ok && total >= MAX_IN_BODY_CHARS && ctx.root?.contains(block)) ok = false;
    if (
      ok &&
      paragraph !== null &&
      paragraph.length > EDITORIAL_PARAGRAPH_CHARS &&
      !ctx.keyPoints?.contains(block) &&
      !OFFER.test(paragraph) &&
      !PREMIUM.test(paragraph)
    )
      ok = false;
    this.promising.set(block, ok);
    return ok;
  }

  private seedFromText(node: Node): void {
    // Most text nodes are the whitespace between tags: nothing else is read for them.
    const raw = node.nodeValue;
    if (!raw) return;
    const t = raw.trim();
    if (t.length < 1 || t.length > MAX_SEED_TEXT) return;
    const parent = node.parentElement;
    if (!parent) return;
    if (t.length <= MAX_RAIL_HEADING && RAIL_HEADING.test(t.replace(/[:：]$/, '')) && isHeadingLike(parent))
      this.railHeadings.add(parent);
    const block = blockOf(parent);
    if (this.seeds.has(block) || !this.mayBePromotion(block)) return;
    if (isSeedText(t)) this.addSeed(block);
  }

  /** Seeds from an element's tag and attributes; true when its subtree is not worth walking. */
  private visitElement(el: Element): boolean {
    const tag = el.tagName;
    if (tag === 'A') {
      const href = el.getAttribute('href')?.slice(0, 400) ?? '';
      if (isPromoLinkHref(href)) this.addSeed(blockOf(el));
      else if (/^(https?:)?\/\//i.test(href) && isOffSite(href, this.ctx.page)) {
        // A button to another site ("Open", "Abrir"): its box is judged by structure (set apart or not).
        const label = shortText(el, 24);
        if (label && label.split(/\s+/).length <= 3 && !isEditorialEmbed(href)) this.addSeed(blockOf(el));
      } else if (
        this.articleLinks.length < MAX_ARTICLE_LINKS &&
        ARTICLE_HREF_HINT.test(href) &&
        this.ctx.page
      ) {
        if (isSameSiteArticleHref(href, this.ctx.page)) this.articleLinks.push(el);
      }
    } else if (tag === 'INPUT') {
      const type = el.getAttribute('type') ?? '';
      if (type === 'email' || /mail/i.test(el.getAttribute('placeholder') ?? '')) {
        const form = el.closest('form') ?? blockOf(el);
        this.forms.add(form);
        this.addSeed(form);
      }
    } else if (tag === 'IMG' || tag === 'IFRAME') {
      if (
        AD_LABEL.test(el.getAttribute('alt')?.trim() ?? '') ||
        AD_HREF.test(el.getAttribute('src')?.slice(0, 400) ?? '')
      )
        this.addSeed(blockOf(el));
      // Ad-sized iframes, and images that are a whole link (banners): their shape is judged later.
      if (
        (tag === 'IFRAME' || el.parentElement?.closest('a[href]')) &&
        this.shapes.length < MAX_SHAPE_CANDIDATES
      )
        this.shapes.push(el);
    } else if (!el.firstChild && el.hasAttributes() && EMPTY_BOX_TAGS.has(tag)) {
      // An empty box with a size of its own may be a slot reserved for an ad.
      if (this.shapes.length < MAX_SHAPE_CANDIDATES) this.shapes.push(el);
    }
    // Everything below reads attributes; many elements have none.
    if (!el.hasAttributes()) {
      if (tag === 'BUTTON') this.seedFromDismiss(el);
      return SKIPPED_TEXT_PARENTS.has(tag) || tag === 'svg';
    }
    const role = el.getAttribute('role');
    if (tag === 'BUTTON' || role === 'button' || el.hasAttribute('aria-label')) this.seedFromDismiss(el);
    if (
      (role !== null ||
        el.hasAttribute('style') ||
        el.hasAttribute('aria-modal') ||
        el.hasAttribute('class')) &&
      isOverlay(el)
    ) {
      this.addSeed(el);
      if (this.layers.size < MAX_LAYER_CANDIDATES) this.layers.add(el);
    }
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id') ?? '';
    if (
      ((cls && AD_CLASS_TOKEN.test(cls.slice(0, 300))) || (id && AD_CLASS_TOKEN.test(id.slice(0, 100)))) &&
      textLength(this.ctx, el, 40) <= 40
    )
      this.addSeed(el);
    // Comment threads, scripts and styles, the insides of icons: nothing there is a publisher's promotion.
    if (SKIPPED_TEXT_PARENTS.has(tag) || tag === 'svg') return true;
    return isCommentThread(this.ctx, el, cls, id);
  }

  /** A close button ("×", "Close"): its notice is a candidate. */
  private seedFromDismiss(el: Element): void {
    const text = shortText(el, 12);
    if (text === null) return; // a longer label is not a dismiss control
    const label = text || el.getAttribute('aria-label') || '';
    if (label.length <= 12 && DISMISS_LABEL.test(label)) this.addSeed(blockOf(el));
  }
}

function isCommentThread(ctx: PromoContext, el: Element, cls: string | null, id: string): boolean {
  return (commentToken(cls ?? '') || commentToken(id)) && !holdsGuarded(ctx, el);
}

/** COMMENT_TOKEN, after a plain substring test that rules out almost every class cheaply. */
function commentToken(value: string): boolean {
  return (
    (value.includes('omment') || value.includes('isqus') || value.includes('eplies')) &&
    COMMENT_TOKEN.test(value.slice(0, 300))
  );
}

function inCommentThread(ctx: PromoContext, el: Element): boolean {
  const body = el.ownerDocument.body;
  for (let cur: Element | null = el; cur && cur !== body; cur = cur.parentElement) {
    if (isCommentThread(ctx, cur, cur.getAttribute('class'), cur.getAttribute('id') ?? '')) return true;
  }
  return false;
}

/** The walker's next node after the current node's subtree (null past the walker's root). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

function isSeedText(t: string): boolean {
  return (
    OFFER.test(t) ||
    PREMIUM.test(t) ||
    CTA_PHRASE.test(t) ||
    COOKIE.test(t) ||
    NEWSLETTER.test(t) ||
    SEE_ALSO.test(t) ||
    AD_LABEL.test(t) ||
    AD_MARK.test(t) ||
    APP_WORDS.test(t) ||
    TICKER.test(t) ||
    (t.length <= 40 && CTA_LABEL.test(t))
  );
}

function eligible(ctx: PromoContext, el: Element): boolean {
  if (el === ctx.doc.body || el === ctx.doc.documentElement) return false;
  if (el.tagName.startsWith('UNSHILL-') || inOwnUi(ctx, el)) return false;
  // Site navigation (header, nav, footer, or a list of section links anywhere) is never a promotion.
  if (inChrome(ctx, el) || inMenu(ctx, el) || holdsMenu(ctx, el)) return false;
  return !holdsGuarded(ctx, el);
}

/** A block that holds a menu (a drop-down's head and its list) is navigation too. */
function holdsMenu(ctx: PromoContext, el: Element): boolean {
  // Only blocks short enough to be a promotion are searched (a column's lists are not walked).
  if (textLength(ctx, el, MAX_WIDGET_CHARS) > MAX_WIDGET_CHARS) return false;
  const lists = el.querySelectorAll('ul, ol, [role="menu"]');
  for (let i = 0; i < lists.length && i < 3; i++) {
    const list = lists[i] as Element;
    let known = ctx.menus.get(list);
    if (known === undefined) {
      known = isMenu(list, ctx.page);
      ctx.menus.set(list, known);
    }
    if (known) return true;
  }
  return false;
}

/** A sign-up form may sit in the header or footer, never in navigation or a menu. */
function eligibleForm(ctx: PromoContext, el: Element): boolean {
  if (inOwnUi(ctx, el) || inMenu(ctx, el) || holdsGuarded(ctx, el)) return false;
  return el.closest('nav, [role="navigation"]') === null;
}

/** Longest a newsletter box is: a heading, a line of pitch, the form, a few follow links. */
const MAX_SIGNUP_BOX_CHARS = 400;
const MAX_SIGNUP_BOX_LINKS = 8;

/**
 * From a sign-up form out to the box that frames it (heading, pitch, follow links), while the box
 * stays short and is not the article or a column holding other widgets' text.
 */
function widen(ctx: PromoContext, form: Element): Element {
  let cur = form;
  for (let i = 0; i < 4; i++) {
    const parent = cur.parentElement;
    if (!parent || parent === ctx.doc.body || isChrome(parent) || parent === ctx.root) break;
    if (holdsGuarded(ctx, parent) || inMenu(ctx, parent)) break;
    if (textLength(ctx, parent, MAX_SIGNUP_BOX_CHARS) > MAX_SIGNUP_BOX_CHARS) break;
    if (parent.querySelector('p') && hasLongParagraph(parent)) break;
    // Not out into a footer's columns: a box has a few follow links, not a site map.
    if (
      parent.querySelector('nav, [role="navigation"]') ||
      parent.querySelectorAll('a[href]').length > MAX_SIGNUP_BOX_LINKS
    )
      break;
    cur = parent;
  }
  return cur;
}

function hasLongParagraph(el: Element): boolean {
  return [...el.querySelectorAll('p')]
    .slice(0, 10)
    .some((p) => (p.textContent ?? '').length > EDITORIAL_PARAGRAPH_CHARS);
}

const EMPTY_BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'INS']);

/**
 * A fixed layer that is a promotion, not the site's own chrome: no navigation, no title, few links,
 * not the article, short.
 */
function isLayerPromotion(ctx: PromoContext, el: Element): boolean {
  // Short first (a bounded read): the queries below would walk a big layer whole.
  if (textLength(ctx, el, MAX_WIDGET_CHARS) > MAX_WIDGET_CHARS) return false;
  if (!eligible(ctx, el) || isChrome(el)) return false;
  const chrome = 'nav, header, [role="navigation"], [role="banner"], h1, unshill-panel';
  if (el.querySelector(chrome)) return false;
  return el.querySelectorAll('a[href]').length <= 4;
}

/** From a seed up to the widget: stop where the parent adds real text or holds article content. */
function climb(ctx: PromoContext, seed: Element): Element {
  let cur = seed;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = cur.parentElement;
    if (!parent || parent === ctx.doc.body || parent === ctx.doc.documentElement) break;
    if (holdsGuarded(ctx, parent) || isChrome(parent)) break;
    const own = textLength(ctx, cur);
    // The parent may add at most this much text; reading further would not change the answer.
    const most = own + Math.max(WRAPPER_EXTRA_CHARS, own * 0.25);
    if (textLength(ctx, parent, most) > most) break;
    cur = parent;
  }
  return cur;
}

/** The rail a heading introduces: its section, if that is a list of links and not the article. */
function railFor(ctx: PromoContext, heading: Element): Element | null {
  if (!eligible(ctx, heading)) return null;
  // Up to the box that holds the heading's links (a card's heading sits a few levels below its link).
  let box = heading.parentElement;
  for (let i = 0; i < 3 && box && linkCount(box, heading) === 0; i++) box = box.parentElement;
  if (!box || !eligible(ctx, box)) return null;
  // Text first: a box too big to be a rail is not searched for links.
  const total = textLength(ctx, box, MAX_RAIL_CHARS);
  if (total > MAX_RAIL_CHARS) return null;
  const links = linkCount(box, heading);
  if (links === 0) return null;
  const linkChars = [...box.querySelectorAll('a[href]')].reduce(
    (n, a) => n + (a.textContent?.trim().length ?? 0),
    0,
  );
  const rest = total - (heading.textContent?.trim().length ?? 0);
  // One teaser is a rail only if it is mostly its link, or a card whose links all go to one other
  // article of the site ("Lesen Sie auch" + headline + author); inside the body a rail must be mostly links.
  const card = rest <= MAX_CARD_CHARS && linksToOneArticle(ctx, box, heading);
  if (!card && (links === 1 || ctx.root?.contains(box)) && linkChars < rest * 0.5) return null;
  return climb(ctx, box);
}

/** A teaser card: a headline, a byline, a date. */
const MAX_CARD_CHARS = 300;

function linksToOneArticle(ctx: PromoContext, box: Element, heading: Element): boolean {
  const hrefs = new Set<string>();
  for (const a of box.querySelectorAll('a[href]')) {
    if (heading.contains(a)) continue;
    const href = a.getAttribute('href') ?? '';
    if (!ctx.page || !isSameSiteArticleHref(href, ctx.page)) return false;
    hrefs.add(href);
  }
  return hrefs.size === 1;
}

function linkCount(box: Element, heading: Element): number {
  let n = 0;
  for (const a of box.querySelectorAll('a[href]')) if (!heading.contains(a)) n++;
  return n;
}

function isHeadingLike(el: Element): boolean {
  if (/^H[2-6]$/.test(el.tagName)) return true;
  // A short label that opens its box: <div><p><strong>Related</strong></p><ul>…
  const block = blockOf(el);
  return block.parentElement?.firstElementChild === block && rawTextUpTo(block, 60) <= 60;
}

/** `el.textContent.length` (untrimmed) if at most `max`, else a number above `max`. */
function rawTextUpTo(el: Element, max: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t && n <= max; t = walker.nextNode()) n += t.nodeValue?.length ?? 0;
  return n;
}

function blockOf(el: Element): Element {
  let cur = el;
  while (INLINE_TAGS.has(cur.tagName) && cur.parentElement) cur = cur.parentElement;
  return cur;
}

function outermost(found: Map<Element, string>): Map<Element, string> {
  const result = new Map<Element, string>();
  for (const [el, reason] of found) {
    let inside = false;
    for (let p = el.parentElement; p && !inside; p = p.parentElement) inside = found.has(p);
    if (!inside) result.set(el, reason);
  }
  return result;
}

/** Sibling widgets that fill their whole box (a sidebar of offers, a row of coin cards): hide the box. */
function mergeSiblings(ctx: PromoContext, found: Map<Element, string>): PromoMatch[] {
  const parents = new Set<Element>();
  for (const el of found.keys()) if (el.parentElement) parents.add(el.parentElement);
  for (const parent of parents) {
    // Every child with content must be a found widget; the first one that is not ends the check
    // (the article body's 1,500 paragraphs are not all measured for one inline promotion).
    const kids: Element[] = [];
    let all = true;
    for (const k of parent.children) {
      if (SKIPPED_TEXT_PARENTS.has(k.tagName)) continue;
      if (textLength(ctx, k, 0) === 0 && !k.querySelector('img, iframe')) continue;
      if (!found.has(k)) {
        all = false;
        break;
      }
      kids.push(k);
    }
    if (!all || kids.length < 2) continue;
    if (!eligible(ctx, parent) || parent.matches('main, article, [role="main"]')) continue;
    const first = kids[0];
    const reason = first ? found.get(first) : undefined;
    for (const k of kids) found.delete(k);
    found.set(parent, `group: ${reason ?? 'promotions'}`);
  }
  return [...outermost(found)].map(([element, reason]) => ({ element, reason }));
}
