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
import { readingMinutes } from '../extract/reading-time';
import { declaredPageLanguage } from '../translate/languages';
import { createPanel, type PanelModel } from '../ui/panel';
import { COMPACT_MEDIA } from '../ui/panel-compact';
import { HIGHLIGHT_CSS } from '../ui/panel-styles';
import { loadSettings, setSiteEnabled, settingItems } from '../settings/settings';
import type { ArticleContext } from './api';
import { extensionApi } from './ext';
import { loadExtras } from './load-extras';
import type { ExtractedArticle } from '../extract/article';
import type { StartPickerRequest } from '../messaging/protocol';
import { articleTextBlocks } from './article-blocks';
import { summarizeWithChrome } from '../summarize/chrome-summarizer';
import { t } from '../i18n/i18n';
import { computeKeyPointsAsync, planKeyPointsAsync, type ArticleBasics, type KeyPoints } from './key-points';
import { boxElements, createPublisherBox, type PublisherBox } from './publisher-box';
import { summarizeInBackground } from './summarize-remote';
import type { TranslationController, TranslationView } from './translation-controller';
import { translationOffer } from './translation-offer';
import { markTime, measureTime } from './timing';
import { markOwn } from '../world/own-nodes';
import { collapseWhitespace } from '../util/text';
import { yieldToPage } from '../clean/heuristics';

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

/** Readability's article of the page (hidden promotions left out), loading it first. */
async function extractedArticle(
  doc: Document,
  removeSelectors: string[] = [],
): Promise<ExtractedArticle | null> {
  return (await loadExtras()).extractArticle(doc, { removeSelectors });
}

export function startArticle(ctx: ArticleContext, openReader: () => void): ArticleSession {
  let session: ArticleSession | null = null;
  showArticle(ctx, openReader).then(
    (shown) => (session = shown),
    (error: unknown) => console.debug('Unshill: no panel:', error),
  );
  return { keyPoints: () => session?.keyPoints() ?? [] };
}

async function showArticle(ctx: ArticleContext, openReader: () => void): Promise<ArticleSession | null> {
  const doc = document;
  markTime('unshill:extract:start');
  // The panel reads the live article root; Readability (tens of ms, and loaded first) only when there is none.
  const article = pageArticle(doc, ctx.root) ?? (await extractedArticle(doc, [...ctx.hide.selectors]));
  markTime('unshill:extract:end');
  const extract = (d: Document): Promise<ArticleBasics | null> => extractedArticle(d);
  const plan = await planKeyPointsAsync(doc, ctx.root, article, { extract });
  if (ctx.signal.aborted) return null;
  let keyPoints: KeyPoints = 'points' in plan ? plan.points : { points: [], source: 'local', targets: [] };
  const box = createPublisherBox(doc, boxElements(keyPoints.box ?? [], keyPoints.points, ctx.root));
  const phone = matchMedia(COMPACT_MEDIA);

  const model: PanelModel = {
    keyPoints: keyPoints.points,
    source: keyPoints.source,
    readingMinutes: article?.readingMinutes ?? null,
    hiddenCount: ctx.hide.count(),
    revealed: ctx.hide.revealed(),
    collapsed: false,
    translation: null,
    status: null,
    // Found in a task of their own, before the panel shows (see `disclosed` below).
    disclosures: [],
    lang: article?.lang ?? null,
    // Extra sites and any-site pages have no per-site switch (they are not in the catalogue).
    siteEnabled: ctx.site.matches.length === 0 ? null : true,
    compact: phone.matches,
    compactOpen: false,
    pointsInBox: false,
  };
  let translation: TranslationController | null = null;
  const highlight = doc.createElement('style');
  markOwn(highlight);
  highlight.textContent = HIGHLIGHT_CSS;

  const panel = createPanel(doc, {
    onReveal() {
      ctx.hide.setRevealed(!ctx.hide.revealed());
      if (ctx.hide.revealed()) void why.show();
      else why.hide();
      render();
    },
    onCollapse() {
      model.collapsed = !model.collapsed;
      void settingItems.panelCollapsed.setValue(model.collapsed).catch(() => undefined);
      render();
    },
    onTranslate() {
      void toggleTranslation();
    },
    onOpenReader: openReader,
    onIntent() {
      // Loaded once; a failure here is reported by the press that needs it.
      loadExtras().catch(() => undefined);
    },
    onCompactToggle() {
      model.compactOpen = !model.compactOpen;
      void settingItems.panelCompactOpen.setValue(model.compactOpen).catch(() => undefined);
      render();
    },
    onToggleSite() {
      // Off shows the page as the site made it, now and on later visits; on hides promotions again.
      const enabled = !model.siteEnabled;
      model.siteEnabled = enabled;
      ctx.hide.setRevealed(!enabled);
      void setSiteEnabled(ctx.site.id, enabled).catch(() => undefined);
      render();
    },
    onPick() {
      void extensionApi()
        ?.runtime.sendMessage({ type: 'picker:start' } satisfies StartPickerRequest)
        .catch(() => undefined);
    },
    onKeyPoint(index) {
      const target = keyPoints.targets[index];
      if (!target) return;
      target.scrollIntoView({
        block: 'center',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
      // Inserted on first use, or the page removed it since.
      if (!highlight.isConnected) (doc.head ?? doc.documentElement).append(highlight);
      target.setAttribute('data-unshill-highlight', '');
      setTimeout(() => target.removeAttribute('data-unshill-highlight'), 2500);
    },
  });
  const why = lazyWhy(ctx, () => render());
  ctx.signal.addEventListener('abort', () => why.hide());
  const render = (): void => {
    model.hiddenCount = ctx.hide.count();
    model.revealed = ctx.hide.revealed();
    model.compact = phone.matches;
    // Each point once: the publisher's box on a wide screen, the panel on a phone (the box folded away,
    // back with "Show hidden").
    const fromBox = keyPoints.source === 'publisher' && box.elements.length > 0;
    box.setAbsorbed(fromBox && model.compact && !model.revealed);
    model.pointsInBox = fromBox && !model.compact && box.shownByPage();
    panel.update(model);
  };
  const onWidthChange = (): void => render();
  phone.addEventListener('change', onWidthChange);
  const mount = (): void => {
    if (ctx.signal.aborted) return;
    markTime('unshill:summarize:end');
    render();
    // One stylesheet insertion: the panel's own, in its shadow root. The page's highlight sheet waits for
    // the first key point clicked (onKeyPoint), so the whole page's style is not recomputed for it now.
    placePanel(panel.host, doc, ctx.root, box);
    markTime('unshill:mount:end');
    measureTime('unshill:extract', 'unshill:extract:start', 'unshill:extract:end');
    measureTime('unshill:summarize', 'unshill:extract:end', 'unshill:summarize:end');
    measureTime('unshill:mount', 'unshill:summarize:end', 'unshill:mount:end');
    measureTime('unshill:total', 'unshill:start', 'unshill:mount:end');
  };
  // The disclosure scan walks the page's text: in a task of its own, so that on a huge page it does not
  // add to the key-point planning's task; it runs while the background summarizes.
  const disclosed = yieldToPage()
    .then(() => {
      if (!ctx.signal.aborted)
        model.disclosures = disclosureBadges(findDisclosures(doc, ctx.root, location.href));
    })
    // Badges are an extra: the panel comes without them.
    .catch((error: unknown) => console.debug('Unshill: no disclosures:', error));
  if ('points' in plan) {
    void disclosed.then(mount);
  } else {
    // The on-device summary is computed by the background, off this page's main thread.
    Promise.all([summarizeInBackground(plan.input), disclosed]).then(
      ([summary]) => {
        keyPoints = plan.finish(summary);
        model.keyPoints = keyPoints.points;
        mount();
      },
      (error: unknown) => {
        model.status = { text: t('summaryUnavailable'), kind: 'error' };
        console.debug('Unshill: no summary:', error);
        mount();
      },
    );
  }

  ctx.onHiddenChange(render);
  const showPoints = (points: KeyPoints): void => {
    keyPoints = points;
    model.keyPoints = points.points;
    model.source = points.source;
    render();
  };

  /** The reader's choice in Options: on-device always, or Chrome's on-device AI when it is ready. */
  async function applySummarySource(source: 'auto' | 'local' | 'chrome'): Promise<void> {
    if (source === 'local' && keyPoints.source === 'publisher') {
      showPoints(
        await computeKeyPointsAsync(doc, ctx.root, article, summarizeInBackground, {
          publisher: false,
          extract,
        }),
      );
    }
    if (source !== 'chrome' || !article) return;
    const points = await summarizeWithChrome(article.text, {
      lang: article.lang ?? 'en',
      signal: ctx.signal,
      onProgress: (loaded) => {
        model.status = { text: t('downloadingModel', String(Math.round(loaded * 100))), kind: 'info' };
        render();
      },
    });
    // Unavailable or failed: the points already shown stay (silent fallback).
    if (points?.length && !ctx.signal.aborted) showPoints({ points, source: 'chrome', targets: [] });
  }

  /** What a translation changes: the title, the publisher's key-points box on the page, the body's blocks. */
  function translationView(): TranslationView {
    const title = doc.querySelector('h1:not([data-unshill-hidden])');
    const blocks = ctx.root ? articleTextBlocks(ctx.root).map((b) => b.element) : [];
    const keyPointItems =
      keyPoints.source === 'publisher'
        ? [...new Set(keyPoints.targets)].filter(
            (el): el is Element => !!el && el.matches('li, p') && !ctx.root?.contains(el),
          )
        : [];
    return {
      blocks: [...(title ? [title] : []), ...keyPointItems, ...blocks],
      root: ctx.root,
      title,
      keyPointItems,
    };
  }

  let loadTranslation: (() => Promise<TranslationController>) | null = null;
  let translationLoading: Promise<TranslationController> | null = null;
  async function toggleTranslation(): Promise<void> {
    if (!translation) {
      if (!loadTranslation) return;
      if (translationLoading) return; // The first press is still loading the engines.
      model.translation = { pressed: true, busy: true };
      model.status = { text: t('translating'), kind: 'info' };
      render();
      translationLoading = loadTranslation();
      try {
        translation = await translationLoading;
      } catch (error) {
        model.translation = { pressed: false, busy: false };
        model.status = { text: t('translationError', String(error)), kind: 'error' };
        render();
        return;
      } finally {
        translationLoading = null;
      }
      if (ctx.signal.aborted) return translation.dispose();
    }
    await translation.toggle(keyPoints.points);
  }

  void applySettings();
  async function applySettings(): Promise<void> {
    try {
      const { settings } = await loadSettings();
      if (ctx.signal.aborted) return;
      // The reader's remembered choices: the desktop panel collapsed, the phone panel kept open (read with
      // every other setting: one storage read for the panel, not one per key).
      if (
        (settings.panelCollapsed && !model.collapsed) ||
        (settings.panelCompactOpen && !model.compactOpen)
      ) {
        model.collapsed ||= settings.panelCollapsed;
        model.compactOpen ||= settings.panelCompactOpen;
        render();
      }
      void applySummarySource(settings.summarySource);
      // Off by default: the reader asked for links without someone's referral code.
      if (settings.stripReferralParams && ctx.root) {
        stripReferralLinks(ctx.root);
        ctx.signal.addEventListener('abort', () => restoreReferralLinks());
      }
      const offer = await translationOffer(doc, article?.text ?? '', settings);
      if (ctx.signal.aborted || !offer.offered) return;
      // The engines load when the toggle is first pressed (extras.js); the panel only offers it.
      loadTranslation = () =>
        loadExtras().then((extras) =>
          extras.createTranslationController(doc, translationView(), offer, settings, (u) => {
            model.translation = { pressed: u.pressed, busy: u.busy };
            model.status = u.status;
            model.keyPoints = u.keyPoints ?? keyPoints.points;
            model.lang = u.lang ?? article?.lang ?? null;
            render();
          }),
        );
      model.translation = { pressed: false, busy: false };
      render();
    } catch (error) {
      // Settings and translation are extras: the panel stays useful without them.
      console.warn('Unshill: settings or translation unavailable:', error);
    }
  }

  ctx.signal.addEventListener('abort', () => {
    translation?.dispose();
    phone.removeEventListener('change', onWidthChange);
    box.remove();
    panel.remove();
    highlight.remove();
  });
  return { keyPoints: () => model.keyPoints };
}

/**
 * "Why hidden" in "Show hidden" mode, its code loaded on first use: `show` then `hide` before it loads
 * shows nothing (each asks whether the promotions are still revealed).
 */
function lazyWhy(ctx: ArticleContext, onChange: () => void): { show(): void; hide(): void } {
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
