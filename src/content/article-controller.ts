/**
 * One article on a catalogue page: key points (publisher's, else on-device), the panel, reveal,
 * the reader button. Everything it adds is removed when `ctx.signal` aborts (in-page navigation).
 */
import {
  findDisclosures,
  restoreReferralLinks,
  stripReferralLinks,
  type Disclosure,
} from '../disclose/index';
import { extractArticle, type ExtractedArticle } from '../extract/article';
import { readingMinutes } from '../extract/reading-time';
import { declaredPageLanguage } from '../translate/languages';
import { createPanel, type MountedPanel, type PanelHandlers, type PanelModel } from '../ui/panel';
import { COMPACT_MEDIA } from '../ui/panel-compact';
import { HIGHLIGHT_CSS } from '../ui/panel-styles';
import type { Settings } from '../settings/defaults';
import { loadSettings, setSiteEnabled, settingItems } from '../settings/settings';
import type { ArticleContext } from './api';
import { extensionApi } from './ext';
import { createWhyController } from './why-controller';
import type { StartPickerRequest } from '../messaging/protocol';
import { summarizeWithChrome } from '../summarize/chrome-summarizer';
import { t } from '../i18n/i18n';
import { computeKeyPointsAsync, planKeyPoints, type KeyPointPlan, type KeyPoints } from './key-points';
import { boxElements, createPublisherBox, type PublisherBox } from './publisher-box';
import { summarizeInBackground } from './summarize-remote';
import { createTranslationController, type TranslationController } from './translation-controller';
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
  render(): void;
}

/**
 * The article's panel, from reading the article to taking everything away again:
 *
 *   readArticle ─► planKeyPoints ─► createSession (model, panel, publisher box)
 *   disclosures (own task) ─► key points (publisher's now, else the background's summary) ─► mount
 *   remembered panel state, summary source and translation (from the settings) ─► render
 *   ctx.signal abort ─► teardown
 */
export function startArticle(ctx: ArticleContext, openReader: () => void): ArticleSession {
  const doc = document;
  const article = readArticle(doc, ctx);
  const plan = planKeyPoints(doc, ctx.root, article);
  const session = createSession(doc, ctx, article, plan, openReader);
  const disclosed = findDisclosuresLater(session);
  if ('points' in plan) void disclosed.then(() => mount(session));
  else void summarizeThenMount(session, plan, disclosed);
  ctx.onHiddenChange(session.render);
  restorePanelState(session);
  void applySettings(session);
  ctx.signal.addEventListener('abort', () => teardown(session));
  return { keyPoints: () => session.model.keyPoints };
}

/** The panel reads the live article root; Readability (tens of ms) runs only when there is none. */
function readArticle(doc: Document, ctx: ArticleContext): PageArticle | ExtractedArticle | null {
  markTime('unshill:extract:start');
  const article =
    pageArticle(doc, ctx.root) ?? extractArticle(doc, { removeSelectors: [...ctx.hide.selectors] });
  markTime('unshill:extract:end');
  return article;
}

function createSession(
  doc: Document,
  ctx: ArticleContext,
  article: PageArticle | ExtractedArticle | null,
  plan: KeyPointPlan,
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
    // Both set just below: the panel's handlers and render() need the session itself.
    panel: null as unknown as MountedPanel,
    render: () => undefined,
  };
  const why = createWhyController(ctx, () => session.render());
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
function panelHandlers(
  session: Session,
  why: ReturnType<typeof createWhyController>,
  openReader: () => void,
): PanelHandlers {
  const { ctx, model } = session;
  return {
    onReveal() {
      ctx.hide.setRevealed(!ctx.hide.revealed());
      if (ctx.hide.revealed()) void why.show();
      else why.hide();
      session.render();
    },
    onCollapse() {
      model.collapsed = !model.collapsed;
      void settingItems.panelCollapsed.setValue(model.collapsed).catch(() => undefined);
      session.render();
    },
    onTranslate() {
      void session.translation?.toggle(session.keyPoints.points);
    },
    onOpenReader: openReader,
    onCompactToggle() {
      model.compactOpen = !model.compactOpen;
      void settingItems.panelCompactOpen.setValue(model.compactOpen).catch(() => undefined);
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
  // The page may have removed our highlight sheet since.
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
  plan: Extract<KeyPointPlan, { input: unknown }>,
  disclosed: Promise<void>,
): Promise<void> {
  try {
    const [summary] = await Promise.all([summarizeInBackground(plan.input), disclosed]);
    session.keyPoints = plan.finish(summary);
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
  (doc.head ?? doc.documentElement).append(session.highlight);
  markTime('unshill:mount:end');
  measureTime('unshill:extract', 'unshill:extract:start', 'unshill:extract:end');
  measureTime('unshill:summarize', 'unshill:extract:end', 'unshill:summarize:end');
  measureTime('unshill:mount', 'unshill:summarize:end', 'unshill:mount:end');
  measureTime('unshill:total', 'unshill:start', 'unshill:mount:end');
}

/** The reader's remembered choices: the desktop panel collapsed, the phone panel kept open. */
function restorePanelState(session: Session): void {
  const fields = { panelCollapsed: 'collapsed', panelCompactOpen: 'compactOpen' } as const;
  for (const [key, field] of Object.entries(fields) as [keyof typeof fields, 'collapsed' | 'compactOpen'][]) {
    void settingItems[key].getValue().then(
      (on) => {
        if (on === true && !session.model[field]) {
          session.model[field] = true;
          session.render();
        }
      },
      () => undefined,
    );
  }
}

/** What the settings ask of this article: the summary source, referral links, the translation toggle. */
async function applySettings(session: Session): Promise<void> {
  const { ctx } = session;
  try {
    const { settings } = await loadSettings();
    if (ctx.signal.aborted) return;
    // The points already shown stay when the other source fails.
    void applySummarySource(session, settings.summarySource).catch((error: unknown) =>
      console.debug('Unshill: summary source unavailable:', error),
    );
    // Off by default: the reader asked for links without someone's referral code.
    if (settings.stripReferralParams && ctx.root) {
      stripReferralLinks(ctx.root);
      ctx.signal.addEventListener('abort', () => restoreReferralLinks());
    }
    await connectTranslation(session, settings);
  } catch (error) {
    // Translation is an extra: the panel stays useful without it.
    console.warn('Unshill: translation unavailable:', error);
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

/** The translation toggle, offered when the article is not in the reader's language. */
async function connectTranslation(session: Session, settings: Settings): Promise<void> {
  const { doc, ctx, article, model } = session;
  const translation = await createTranslationController(
    doc,
    translationView(doc, ctx.root, session.keyPoints),
    article?.text ?? '',
    settings,
    (u) => {
      model.translation = { pressed: u.pressed, busy: u.busy };
      model.status = u.status;
      model.keyPoints = u.keyPoints ?? session.keyPoints.points;
      model.lang = u.lang ?? article?.lang ?? null;
      session.render();
    },
  );
  session.translation = translation;
  if (ctx.signal.aborted) return translation.dispose();
  model.translation = translation.offered ? { pressed: false, busy: false } : null;
  session.render();
}

/** Everything the article added leaves the page (in-page navigation, extension turned off). */
function teardown(session: Session): void {
  session.translation?.dispose();
  session.phone.removeEventListener('change', session.render);
  session.box.remove();
  session.panel.remove();
  session.highlight.remove();
}
