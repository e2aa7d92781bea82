/**
 * What the three detectors share: the article's title, the "head zone" between the title and the body
 * (byline, source line, labels), the article container, and who the publisher is. Reads the DOM only; no
 * layout calls (no getComputedStyle, no offsetWidth), so it costs a few querySelectorAll on a big page.
 */
import { HIDDEN_ATTR } from '../clean/hide';
import { registrableHost } from '../util/host';
import { ldTypesOf, readJsonLd, type LdNode } from '../detect/json-ld';
import { collapseWhitespace } from '../util/text';

/** Shorter paragraphs are bylines or teaser lines, not the first paragraph of the body. */
const MIN_BODY_PARAGRAPH = 80;
/** Elements of the head zone looked at, at most: a byline area is a few dozen elements. */
const MAX_ZONE_ELEMENTS = 400;
/** Siblings before the title's block that may still hold a byline or source line (Bybit puts it above the h1). */
const ZONE_SIBLINGS_BEFORE = 3;

/**
 * Never evidence: the extension's own UI and the site's navigation, sidebars and forms (CoinDesk's menu has a
 * "Sponsored" link to its sponsored-content section).
 */
const ALWAYS_OUT =
  'unshill-panel, unshill-reader, nav, aside, form, [role="navigation"], [role="complementary"], script, style, template, noscript';
/** Promotions the cleanup hid. */
const HIDDEN = `[${HIDDEN_ATTR}]`;
/** Out unless the article's own container holds them (an article's own <footer> carries tags and notes). */
const CHROME = 'header, footer';

export interface PageContext {
  doc: Document;
  root: Element | null;
  /** The page's address (pageUrl, else the document's). */
  url: URL | null;
  title: Element | null;
  /** The first element of the article body: the root, or the first long paragraph after the title. */
  bodyStart: Element | null;
  /** Smallest element holding both title and body: the scope of tags, notes and disclaimers. */
  container: Element | null;
  /** Subtrees between the title's block and the body: byline, source and label lines. */
  zone: Element[];
  /** Keys (see nameKey) of the publisher's names: og:site_name, JSON-LD publisher, the host's label. */
  publisher: Set<string>;
}

/** Compares organisation names: 'The Block' / 'theblock.co' → 'theblock', 'U.Today' → 'utoday'. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.(com|co|io|net|org|news)\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The brand part of a host: 'www.gate.io' and 'www.gate.com' → 'gate'; 'bitgetapp.com' → 'bitgetapp'. */
export function brandOf(hostname: string): string {
  return nameKey(registrableHost(hostname).split('.')[0] ?? '');
}

/** Same brand: mirrors and other TLDs of one publisher (gate.io / gate.com, bitget.com / bitgetapp.com). */
export function sameBrand(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

export function parseUrl(href: string | null | undefined, base?: string | URL | null): URL | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Whether `el` is page chrome or ours: never a place for evidence (see ALWAYS_OUT). With `hidden`, elements
 * the cleanup hid are out too; the sponsored check passes false, because filter lists hide the publisher's own
 * disclosure (EasyList `beincrypto.com##.badge--sponsored`, `##.before-author-block-bio:has-text(Sponsored)`).
 */
export function isOutside(el: Element, container: Element | null, hidden = true): boolean {
  if (el.closest(ALWAYS_OUT) || (hidden && el.closest(HIDDEN))) return true;
  const chrome = el.closest(CHROME);
  if (!chrome) return false;
  // A header or footer inside the article container is the article's own (title block, tags, notes).
  const body = el.ownerDocument.body;
  return !container || container === body || !container.contains(chrome) || chrome.contains(container);
}

export function isPublisher(ctx: PageContext, name: string): boolean {
  const key = nameKey(name);
  if (key.length < 2) return true;
  for (const p of ctx.publisher) if (sameBrand(key, p)) return true;
  return false;
}

export function buildContext(doc: Document, articleRoot: Element | null, pageUrl: string): PageContext {
  const url = parseUrl(pageUrl) ?? parseUrl(doc.URL);
  const root = articleRoot && articleRoot.isConnected ? articleRoot : null;
  const title = findTitle(doc, root);
  const bodyStart = findBodyStart(doc, root, title);
  const container = findContainer(doc, root, title, bodyStart);
  const ctx: PageContext = { doc, root, url, title, bodyStart, container, zone: [], publisher: new Set() };
  ctx.zone = findZone(ctx);
  ctx.publisher = publisherKeys(doc, url);
  return ctx;
}

function findTitle(doc: Document, root: Element | null): Element | null {
  const candidates = [...doc.querySelectorAll('h1')].filter(
    (h) => collapseWhitespace(h.textContent).length >= 8 && !h.closest(ALWAYS_OUT) && !h.closest(HIDDEN),
  );
  if (!root) return candidates[0] ?? null;
  const inside = candidates.find((h) => root.contains(h));
  if (inside) return inside;
  let before: Element | null = null;
  for (const h of candidates) {
    if (h.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING) before = h;
  }
  return before ?? candidates[0] ?? null;
}

function findBodyStart(doc: Document, root: Element | null, title: Element | null): Element | null {
  if (root && !(title && root.contains(title))) return root;
  const scope = root ?? doc.body;
  if (!scope) return null;
  for (const p of scope.querySelectorAll('p')) {
    if (title && !(title.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (
      collapseWhitespace(p.textContent).length >= MIN_BODY_PARAGRAPH &&
      !p.closest(ALWAYS_OUT) &&
      !p.closest(HIDDEN)
    )
      return p;
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

function findContainer(
  doc: Document,
  root: Element | null,
  title: Element | null,
  bodyStart: Element | null,
): Element | null {
  if (title && bodyStart) return commonAncestor(title, bodyStart);
  if (root) return root.parentElement ?? root;
  return title?.parentElement ?? doc.body;
}

/** The child of `ancestor` that holds `node` (or `node` itself when it is a child). */
function childHolding(ancestor: Element, node: Element): Element | null {
  let el: Element | null = node;
  while (el && el.parentElement !== ancestor) el = el.parentElement;
  return el;
}

/**
 * The head zone: from a few siblings before the title's block to the body's block, inside the container:
 * a meta line right after the h1 (source and date), a byline block above it, or an author card above it.
 */
function findZone(ctx: PageContext): Element[] {
  const { title, bodyStart, container } = ctx;
  if (!title) return [];
  const parent = container && bodyStart && container !== title ? container : title.parentElement;
  if (!parent) return [];
  const titleBlock = childHolding(parent, title) ?? title;
  const bodyBlock = bodyStart ? childHolding(parent, bodyStart) : null;
  const zone: Element[] = [];
  let before = titleBlock.previousElementSibling;
  for (let i = 0; before && i < ZONE_SIBLINGS_BEFORE; i++, before = before.previousElementSibling) {
    if (!isOutside(before, ctx.container, false)) zone.unshift(before);
  }
  let budget = MAX_ZONE_ELEMENTS;
  for (let el: Element | null = titleBlock; el && el !== bodyBlock; el = el.nextElementSibling) {
    budget -= el.getElementsByTagName('*').length + 1;
    if (budget < 0) break;
    // Without a body start the zone is the title's block and the next few siblings.
    if (!bodyBlock && zone.length > ZONE_SIBLINGS_BEFORE + 4) break;
    if (el === titleBlock && el !== title && bodyStart && el.contains(bodyStart)) break;
    zone.push(el);
  }
  return zone;
}

/** Every element of the zone, in document order, capped. */
export function zoneElements(ctx: PageContext): Element[] {
  const out: Element[] = [];
  for (const top of ctx.zone) {
    out.push(top);
    for (const el of top.querySelectorAll('*')) {
      out.push(el);
      if (out.length >= MAX_ZONE_ELEMENTS) return out;
    }
  }
  return out;
}

function publisherKeys(doc: Document, url: URL | null): Set<string> {
  const keys = new Set<string>();
  const add = (name: string | null | undefined) => {
    const key = nameKey(name ?? '');
    if (key.length >= 2) keys.add(key);
  };
  if (url) add(brandOf(url.hostname));
  for (const sel of [
    'meta[property="og:site_name"]',
    'meta[name="application-name"]',
    'meta[name="publisher"]',
  ]) {
    add(headQuery(doc, sel)?.getAttribute('content'));
  }
  for (const item of jsonLdItems(doc)) {
    const publisher = item['publisher'];
    if (publisher && typeof publisher === 'object' && !Array.isArray(publisher)) {
      add(stringOf((publisher as Record<string, unknown>)['name']));
    } else add(stringOf(publisher));
  }
  return keys;
}

/**
 * A meta or link element: looked up in <head> first, since attribute selectors over a whole deep page cost
 * tens of milliseconds in a DOM like jsdom's and some pages put them in the body.
 */
export function headQuery(doc: Document, selector: string): Element | null {
  return doc.head?.querySelector(selector) ?? null;
}

export type LdItem = LdNode;

const cache = new WeakMap<Document, LdItem[]>();
const CREATIVE_WORK = /Article|Posting|Report|NewsArticle|CreativeWork|WebPage/;

/** The JSON-LD objects that describe a creative work (Article, NewsArticle, BlogPosting, ...), @graph included. */
export function jsonLdItems(doc: Document): LdItem[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const items = readJsonLd(doc).nodes.filter((node) => ldTypesOf(node).some((t) => CREATIVE_WORK.test(t)));
  cache.set(doc, items);
  return items;
}

export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Strings of a JSON-LD field that may be a string, a comma list, or an array of either. */
export function ldStrings(value: unknown, split = false): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => (split ? v.split(/[,;，、]/) : [v]))
    .map(collapseWhitespace)
    .filter(Boolean);
}

/** The closest block-level ancestor of a text node: where a sentence lives. */
const BLOCK = 'p, li, blockquote, div, section, td, dd, figcaption, header, footer, article';
export function blockOf(node: Node): Element | null {
  const parent = node.parentElement;
  return parent?.closest(BLOCK) ?? parent;
}

/**
 * Blocks under `scope` whose text contains `keyword` (one regex over each text node, so no textContent of
 * every element). Each block is returned once, in document order.
 */
export function blocksWithKeyword(scope: Element, keyword: RegExp, maxChars: number): Element[] {
  // Most pages never say it: one native pass over the joined text spares walking every text node (on a
  // 60,000-element page the walk took most of the panel's task). Each node's text is part of the joined
  // text, so no match there means no match in any node.
  if (!keyword.test(scope.textContent ?? '')) return [];
  const doc = scope.ownerDocument;
  const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    if (data.length < 2 || !keyword.test(data)) continue;
    const block = blockOf(node);
    if (!block || seen.has(block)) continue;
    seen.add(block);
    if ((block.textContent ?? '').length <= maxChars) out.push(block);
  }
  return out;
}
