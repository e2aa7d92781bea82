/**
 * One article on a catalogue page: key points (publisher's, else on-device), the panel, reveal,
 * the reader button. Everything it adds is removed when `ctx.signal` aborts (in-page navigation).
 * Readability, the translation engines and "why hidden" are extras (extras.js), loaded on first use.
 */
import {
  findDisclosures,
  restoreReferralLinks,
  stripReferralLinks,
  type Disclosure,
} from '../disclose/index';
import type { ExtractedArticle } from '../extract/article';
import { readingMinutes } from '../extract/reading-time';
import { declaredPageLanguage } from '../translate/languages';
import { createPanel, type MountedPanel, type PanelHandlers, type PanelModel } from '../ui/panel';
import { COMPACT_MEDIA } from '../ui/panel-compact';
import { HIGHLIGHT_CSS } from '../ui/panel-styles';
import type { Settings } from '../settings/defaults';
import { readSettings, setSiteEnabled, writeSetting } from '../settings/native-settings';
import type { ArticleContext } from './api';
import { extensionApi } from './ext';
import { loadExtras } from './load-extras';
import type { StartPickerRequest } from '../messaging/protocol';
import { summarizeWithChrome } from '../summarize/chrome-summarizer';
import { t } from '../i18n/i18n';
import {
  computeKeyPointsAsync,
  planKeyPointsAsync,
  type AsyncKeyPointPlan,
  type KeyPoints,
} from './key-points';
import { boxElements, createPublisherBox, type PublisherBox } from './publisher-box';
import { summarizeInBackground } from './summarize-remote';
import type { TranslationController } from './translation-controller';
import { translationOffer, type TranslationOffer } from './translation-offer';
import { translationView } from './translation-view';
import { markTime, measureTime } from './timing';
import { markOwn } from '../world/own-nodes';
import { collapseWhitespace } from '../util/text';
import { yieldToPage } from '../util/yield';

/** Panel badges: "Sponsored / press release", "Referral links (3)", "Republished", with their evidence. */
function disclosureBadges(found: Disclosure[]): PanelModel['disclosures'] {
  return found.map((d) => ({
    kind: d.kind,
    evidence: d.originalUrl ? `${d.evidence} (${d.originalUrl})` : d.evidence,
    label:
      d.kind === 'sponsored'
        ? t('disclosureSponsored')
        : d.kind === 'referral'
          ? t('disclosureReferral', String(d.count ?? 0))
          : t('disclosureRepublished'),
  }));
}

interface PageArticle {
  title: string;
  lang: string | null;
  text: string;
  readingMinutes: number;
}

/** Title, language, text and reading time straight from the page, when the article root is known. */
function pageArticle(doc: Document, root: Element | null): PageArticle | null {
  const text = collapseWhitespace(root?.textContent);
  if (!root || text.length < MIN_ROOT_CHARS) return null;
  const title =
    doc.querySelector('h1:not([data-unshill-hidden])')?.textContent?.trim() ||
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ||
    doc.title;
  return { title, lang: declaredPageLanguage(doc), text, readingMinutes: readingMinutes(text) };
}

/** Below this much text the root is probably wrong: let Readability find the article. */
const MIN_ROOT_CHARS = 400;

/**
 * Inserts the panel in the page's flow: right after the publisher's key-points box when there is one
 * outside the article body (the panel stands in for it on a phone), else just before the article body,
 * so it never covers it.
 */
function placePanel(host: HTMLElement, doc: Document, root: Element | null, box: PublisherBox): void {
  const last = box.elements[box.elements.length - 1];
  if (last?.parentElement && !root?.contains(last)) return last.after(host);
  const anchor = root && root !== doc.body && root !== doc.documentElement ? root : null;
  if (anchor?.parentElement) anchor.before(host);
  else (doc.body ?? doc.documentElement).prepend(host);
}

export interface ArticleSession {
  keyPoints(): string[];
}

/** What one article's panel works from; the steps below read and update it. */
interface Session {
  doc: Document;
  ctx: ArticleContext;
  article: PageArticle | ExtractedArticle | null;
  keyPoints: KeyPoints;
  box: PublisherBox;
  model: PanelModel;
  /** The phone-width media query: the panel folds to one line there. */
  phone: MediaQueryList;
  panel: MountedPanel;
  /** The stylesheet of the key point → paragraph highlight, ours, put in the page's head. */
  highlight: HTMLStyleElement;
  translation: TranslationController | null;
  /** Loads the translation engines (extras.js) on the toggle's first press; null while none is offered. */
  loadTranslation: (() => Promise<TranslationController>) | null;
  translationLoading: boolean;
  render(): void;
}

/**
 * The article's panel, from reading the article to taking everything away again:
 *
 *   readArticle ─► planKeyPointsAsync ─► createSession (model, panel, publisher box)
 *   disclosures (own task) ─► key points (publisher's now, else the background's summary) ─► mount
 *   settings: remembered panel state, summary source, translation offer ─► render
 *   ctx.signal abort ─► teardown
 */
export function startArticle(ctx: ArticleContext, openReader: () => void): ArticleSession {
  let session: Session | null = null;
  showArticle(ctx, openReader).then(
    (shown) => (session = shown),
    (error: unknown) => console.debug('Unshill: no panel:', error),
  );
  return { keyPoints: () => session?.model.keyPoints ?? [] };
}

async function showArticle(ctx: ArticleContext, openReader: () => void): Promise<Session | null> {
  const doc = document;
  const article = await readArticle(doc, ctx);
  const plan = planKeyPointsAsync(doc, ctx.root, article, { extract: extractedArticle });
  if (ctx.signal.aborted) return null;
  const session = createSession(doc, ctx, article, plan, openReader);
  const disclosed = findDisclosuresLater(session);
  if ('points' in plan) void disclosed.then(() => mount(session));
  else void summarizeThenMount(session, plan, disclosed);
  ctx.onHiddenChange(session.render);
  void applySettings(session);
  ctx.signal.addEventListener('abort', () => teardown(session));
  return session;
}

/** Readability's article of the page (hidden promotions left out), loading it first. */
async function extractedArticle(
  doc: Document,
  removeSelectors: string[] = [],
): Promise<ExtractedArticle | null> {
  return (await loadExtras()).extractArticle(doc, { removeSelectors });
}

/** The panel reads the live article root; Readability (tens of ms, and loaded first) only when there is none. */
async function readArticle(
  doc: Document,
  ctx: ArticleContext,
): Promise<PageArticle | ExtractedArticle | null> {
  markTime('unshill:extract:start');
  const article = pageArticle(doc, ctx.root) ?? (await extractedArticle(doc, [...ctx.hide.selectors]));
  markTime('unshill:extract:end');
  return article;
}

function createSession(
  doc: Document,
  ctx: ArticleContext,
  article: PageArticle | ExtractedArticle | null,
  plan: AsyncKeyPointPlan,
  openReader: () => void,
): Session {
  const keyPoints: KeyPoints = 'points' in plan ? plan.points : { points: [], source: 'local', targets: [] };
  const phone = matchMedia(COMPACT_MEDIA);
  const highlight = markOwn(doc.createElement('style'));
  highlight.textContent = HIGHLIGHT_CSS;
  const session: Session = {
    doc,
    ctx,
    article,
    keyPoints,
    box: createPublisherBox(doc, boxElements(keyPoints.box ?? [], keyPoints.points, ctx.root)),
    model: initialModel(ctx, article, keyPoints, phone.matches),
    phone,
    highlight,
    translation: null,
    loadTranslation: null,
    translationLoading: false,
    // Both set just below: the panel's handlers and render() need the session itself.
    panel: null as unknown as MountedPanel,
    render: () => undefined,
  };
  const why = lazyWhy(ctx, () => session.render());
  ctx.signal.addEventListener('abort', () => why.hide());
  session.panel = createPanel(doc, panelHandlers(session, why, openReader));
  session.render = () => render(session);
  phone.addEventListener('change', session.render);
  return session;
}

function initialModel(
  ctx: ArticleContext,
  article: PageArticle | ExtractedArticle | null,
  keyPoints: KeyPoints,
  compact: boolean,
): PanelModel {
  return {
    keyPoints: keyPoints.points,
    source: keyPoints.source,
    readingMinutes: article?.readingMinutes ?? null,
    hiddenCount: ctx.hide.count(),
    revealed: ctx.hide.revealed(),
    collapsed: false,
    translation: null,
    status: null,
    // Found in a task of their own, before the panel shows (findDisclosuresLater).
    disclosures: [],
    lang: article?.lang ?? null,
    // Extra sites and any-site pages have no per-site switch (they are not in the catalogue).
    siteEnabled: ctx.site.matches.length === 0 ? null : true,
    compact,
    compactOpen: false,
    pointsInBox: false,
  };
}

/** What each panel control does. */
function panelHandlers(session: Session, why: LazyWhy, openReader: () => void): PanelHandlers {
  const { ctx, model } = session;
  return {
    onReveal() {
      ctx.hide.setRevealed(!ctx.hide.revealed());
      if (ctx.hide.revealed()) why.show();
      else why.hide();
      session.render();
    },
    onCollapse() {
      model.collapsed = !model.collapsed;
      void writeSetting('panelCollapsed', model.collapsed).catch(() => undefined);
      session.render();
    },
    onTranslate() {
      void toggleTranslation(session);
    },
    onOpenReader: openReader,
    onIntent() {
      // Loaded once; a failure here is reported by the press that needs it.
      loadExtras().catch(() => undefined);
    },
    onCompactToggle() {
      model.compactOpen = !model.compactOpen;
      void writeSetting('panelCompactOpen', model.compactOpen).catch(() => undefined);
      session.render();
    },
    onToggleSite() {
      // Off shows the page as the site made it, now and on later visits; on hides promotions again.
      const enabled = !model.siteEnabled;
      model.siteEnabled = enabled;
      ctx.hide.setRevealed(!enabled);
      void setSiteEnabled(ctx.site.id, enabled).catch(() => undefined);
      session.render();
    },
    onPick() {
      void extensionApi()
        ?.runtime.sendMessage({ type: 'picker:start' } satisfies StartPickerRequest)
        .catch(() => undefined);
    },
    onKeyPoint: (index) => showKeyPointSource(session, index),
  };
}

/** Scrolls to the paragraph a key point comes from and highlights it for a moment. */
function showKeyPointSource(session: Session, index: number): void {
  const target = session.keyPoints.targets[index];
  if (!target) return;
  target.scrollIntoView({
    block: 'center',
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
  // Inserted on first use (not at mount: a page-level sheet restyles the whole page), or the page removed it.
  const { doc, highlight } = session;
  if (!highlight.isConnected) (doc.head ?? doc.documentElement).append(highlight);
  target.setAttribute('data-unshill-highlight', '');
  setTimeout(() => target.removeAttribute('data-unshill-highlight'), 2500);
}

function render(session: Session): void {
  const { ctx, model, box, keyPoints } = session;
  model.hiddenCount = ctx.hide.count();
  model.revealed = ctx.hide.revealed();
  model.compact = session.phone.matches;
  // Each point once: the publisher's box on a wide screen, the panel on a phone (the box folded away,
  // back with "Show hidden").
  const fromBox = keyPoints.source === 'publisher' && box.elements.length > 0;
  box.setAbsorbed(fromBox && model.compact && !model.revealed);
  model.pointsInBox = fromBox && !model.compact && box.shownByPage();
  session.panel.update(model);
}

/**
 * The disclosure scan walks the page's text: in a task of its own, so that on a huge page it does not add
 * to the key-point planning's task; it runs while the background summarizes. Badges are an extra: the panel
 * comes without them when the scan fails.
 */
function findDisclosuresLater(session: Session): Promise<void> {
  const { ctx, doc, model } = session;
  return yieldToPage()
    .then(() => {
      if (!ctx.signal.aborted) model.disclosures = disclosureBadges(findDisclosures(doc, ctx.root, doc.URL));
    })
    .catch((error: unknown) => console.debug('Unshill: no disclosures:', error));
}

/** The on-device summary is computed by the background, off this page's main thread. */
async function summarizeThenMount(
  session: Session,
  plan: Extract<AsyncKeyPointPlan, { summarize: unknown }>,
  disclosed: Promise<void>,
): Promise<void> {
  try {
    const [points] = await Promise.all([plan.summarize(summarizeInBackground), disclosed]);
    session.keyPoints = points;
    session.model.keyPoints = session.keyPoints.points;
  } catch (error) {
    session.model.status = { text: t('summaryUnavailable'), kind: 'error' };
    console.debug('Unshill: no summary:', error);
  }
  mount(session);
}

/** Puts the panel in the page (unless the page moved on meanwhile) and records the timings. */
function mount(session: Session): void {
  const { ctx, doc } = session;
  if (ctx.signal.aborted) return;
  markTime('unshill:summarize:end');
  session.render();
  placePanel(session.panel.host, doc, ctx.root, session.box);
  markTime('unshill:mount:end');
  measureTime('unshill:extract', 'unshill:extract:start', 'unshill:extract:end');
  measureTime('unshill:summarize', 'unshill:extract:end', 'unshill:summarize:end');
  measureTime('unshill:mount', 'unshill:summarize:end', 'unshill:mount:end');
  measureTime('unshill:total', 'unshill:start', 'unshill:mount:end');
}

/** The reader's remembered choices: the desktop panel collapsed, the phone panel kept open. */
function restorePanelState(session: Session, settings: Settings): void {
  const { model } = session;
  if ((settings.panelCollapsed && !model.collapsed) || (settings.panelCompactOpen && !model.compactOpen)) {
    model.collapsed ||= settings.panelCollapsed;
    model.compactOpen ||= settings.panelCompactOpen;
    session.render();
  }
}

/**
 * What the settings ask of this article (one storage read for all): the remembered panel state, the summary
 * source, referral links, the translation toggle.
 */
async function applySettings(session: Session): Promise<void> {
  const { ctx } = session;
  try {
    const settings = await readSettings();
    if (ctx.signal.aborted) return;
    restorePanelState(session, settings);
    // The points already shown stay when the other source fails.
    void applySummarySource(session, settings.summarySource).catch((error: unknown) =>
      console.debug('Unshill: summary source unavailable:', error),
    );
    // Off by default: the reader asked for links without someone's referral code.
    if (settings.stripReferralParams && ctx.root) {
      stripReferralLinks(ctx.root);
      ctx.signal.addEventListener('abort', () => restoreReferralLinks());
    }
    await offerTranslation(session, settings);
  } catch (error) {
    // Settings and translation are extras: the panel stays useful without them.
    console.warn('Unshill: settings or translation unavailable:', error);
  }
}

function showPoints(session: Session, points: KeyPoints): void {
  session.keyPoints = points;
  session.model.keyPoints = points.points;
  session.model.source = points.source;
  session.render();
}

/** The reader's choice in Options: on-device always, or Chrome's on-device AI when it is ready. */
async function applySummarySource(session: Session, source: 'auto' | 'local' | 'chrome'): Promise<void> {
  const { doc, ctx, article, model } = session;
  if (source === 'local' && session.keyPoints.source === 'publisher') {
    const local = await computeKeyPointsAsync(doc, ctx.root, article, summarizeInBackground, {
      publisher: false,
      extract: extractedArticle,
    });
    showPoints(session, local);
  }
  if (source !== 'chrome' || !article) return;
  const points = await summarizeWithChrome(article.text, {
    lang: article.lang ?? 'en',
    signal: ctx.signal,
    onProgress: (loaded) => {
      model.status = { text: t('downloadingModel', String(Math.round(loaded * 100))), kind: 'info' };
      session.render();
    },
  });
  // Unavailable or failed: the points already shown stay (silent fallback).
  if (points?.length && !ctx.signal.aborted) showPoints(session, { points, source: 'chrome', targets: [] });
}

/**
 * The translation toggle, offered when the article is not in the reader's language. The panel only decides
 * the offer; the engines (extras.js) load when the toggle is first pressed.
 */
async function offerTranslation(session: Session, settings: Settings): Promise<void> {
  const { doc, ctx, article } = session;
  const offer = await translationOffer(doc, article?.text ?? '', settings);
  if (ctx.signal.aborted || !offer.offered) return;
  session.loadTranslation = () => loadTranslationController(session, offer, settings);
  session.model.translation = { pressed: false, busy: false };
  session.render();
}

function loadTranslationController(
  session: Session,
  offer: TranslationOffer,
  settings: Settings,
): Promise<TranslationController> {
  const { doc, ctx, article, model } = session;
  return loadExtras().then((extras) =>
    extras.createTranslationController(
      doc,
      translationView(doc, ctx.root, session.keyPoints),
      offer,
      settings,
      (u) => {
        model.translation = { pressed: u.pressed, busy: u.busy };
        model.status = u.status;
        model.keyPoints = u.keyPoints ?? session.keyPoints.points;
        model.lang = u.lang ?? article?.lang ?? null;
        session.render();
      },
    ),
  );
}

/** A press of the toggle: the first one loads the engines (showing "translating…" meanwhile). */
async function toggleTranslation(session: Session): Promise<void> {
  const { ctx, model } = session;
  if (!session.translation) {
    if (!session.loadTranslation || session.translationLoading) return;
    model.translation = { pressed: true, busy: true };
    model.status = { text: t('translating'), kind: 'info' };
    session.render();
    session.translationLoading = true;
    try {
      session.translation = await session.loadTranslation();
    } catch (error) {
      model.translation = { pressed: false, busy: false };
      model.status = { text: t('translationError', String(error)), kind: 'error' };
      session.render();
      return;
    } finally {
      session.translationLoading = false;
    }
    if (ctx.signal.aborted) return session.translation.dispose();
  }
  await session.translation.toggle(session.keyPoints.points);
}

/** Everything the article added leaves the page (in-page navigation, extension turned off). */
function teardown(session: Session): void {
  session.translation?.dispose();
  session.phone.removeEventListener('change', session.render);
  session.box.remove();
  session.panel.remove();
  session.highlight.remove();
}

interface LazyWhy {
  show(): void;
  hide(): void;
}

/**
 * "Why hidden" in "Show hidden" mode, its code loaded on first use: `show` then `hide` before it loads
 * shows nothing (each asks whether the promotions are still revealed).
 */
function lazyWhy(ctx: ArticleContext, onChange: () => void): LazyWhy {
  let controller: Promise<{ show(): Promise<void>; hide(): void }> | null = null;
  return {
    show() {
      controller ??= loadExtras().then((extras) => extras.createWhyController(ctx, onChange));
      controller.then(
        (why) => (ctx.hide.revealed() && !ctx.signal.aborted ? why.show() : undefined),
        (error: unknown) => console.debug('Unshill: why hidden unavailable:', error),
      );
    },
    hide() {
      void controller?.then((why) => why.hide()).catch(() => undefined);
    },
  };
}
