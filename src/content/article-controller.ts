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
import { extractArticle } from '../extract/article';
import { readingMinutes } from '../extract/reading-time';
import { declaredPageLanguage } from '../translate/languages';
import { createPanel, type PanelModel } from '../ui/panel';
import { COMPACT_MEDIA } from '../ui/panel-compact';
import { HIGHLIGHT_CSS } from '../ui/panel-styles';
import { loadSettings, setSiteEnabled, settingItems } from '../settings/settings';
import type { ArticleContext } from './api';
import { extensionApi } from './ext';
import { createWhyController } from './why-controller';
import type { StartPickerRequest } from '../messaging/protocol';
import { articleTextBlocks } from './article-blocks';
import { summarizeWithChrome } from '../summarize/chrome-summarizer';
import { t } from '../i18n/i18n';
import { computeKeyPointsAsync, planKeyPoints, type KeyPoints } from './key-points';
import { boxElements, createPublisherBox, type PublisherBox } from './publisher-box';
import { summarizeInBackground } from './summarize-remote';
import { createTranslationController, type TranslationController } from './translation-controller';
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

export function startArticle(ctx: ArticleContext, openReader: () => void): ArticleSession {
  const doc = document;
  markTime('unshill:extract:start');
  // The panel reads the live article root; Readability (tens of ms) runs only when there is none.
  const article =
    pageArticle(doc, ctx.root) ?? extractArticle(doc, { removeSelectors: [...ctx.hide.selectors] });
  markTime('unshill:extract:end');
  const plan = planKeyPoints(doc, ctx.root, article);
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
      void translation?.toggle(keyPoints.points);
    },
    onOpenReader: openReader,
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
      // The page may have removed our highlight sheet since.
      if (!highlight.isConnected) (doc.head ?? doc.documentElement).append(highlight);
      target.setAttribute('data-unshill-highlight', '');
      setTimeout(() => target.removeAttribute('data-unshill-highlight'), 2500);
    },
  });
  const why = createWhyController(ctx, () => render());
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
    placePanel(panel.host, doc, ctx.root, box);
    (doc.head ?? doc.documentElement).append(highlight);
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
  // The reader's remembered choices: the desktop panel collapsed, the phone panel kept open.
  for (const key of ['panelCollapsed', 'panelCompactOpen'] as const) {
    void settingItems[key].getValue().then(
      (on) => {
        const field = key === 'panelCollapsed' ? 'collapsed' : 'compactOpen';
        if (on === true && !model[field]) {
          model[field] = true;
          render();
        }
      },
      () => undefined,
    );
  }

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
        await computeKeyPointsAsync(doc, ctx.root, article, summarizeInBackground, { publisher: false }),
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

  void setUpTranslation();
  async function setUpTranslation(): Promise<void> {
    try {
      const { settings } = await loadSettings();
      if (ctx.signal.aborted) return;
      void applySummarySource(settings.summarySource);
      // Off by default: the reader asked for links without someone's referral code.
      if (settings.stripReferralParams && ctx.root) {
        stripReferralLinks(ctx.root);
        ctx.signal.addEventListener('abort', () => restoreReferralLinks());
      }
      const title = doc.querySelector('h1:not([data-unshill-hidden])');
      const blocks = ctx.root ? articleTextBlocks(ctx.root).map((b) => b.element) : [];
      // The publisher's key-points box on the page follows the translation too.
      const keyPointItems =
        keyPoints.source === 'publisher'
          ? [...new Set(keyPoints.targets)].filter(
              (el): el is Element => !!el && el.matches('li, p') && !ctx.root?.contains(el),
            )
          : [];
      translation = await createTranslationController(
        doc,
        {
          blocks: [...(title ? [title] : []), ...keyPointItems, ...blocks],
          root: ctx.root,
          title,
          keyPointItems,
        },
        article?.text ?? '',
        settings,
        (u) => {
          model.translation = { pressed: u.pressed, busy: u.busy };
          model.status = u.status;
          model.keyPoints = u.keyPoints ?? keyPoints.points;
          model.lang = u.lang ?? article?.lang ?? null;
          render();
        },
      );
      if (ctx.signal.aborted) return translation.dispose();
      model.translation = translation.offered ? { pressed: false, busy: false } : null;
      render();
    } catch (error) {
      // Translation is an extra: the panel stays useful without it.
      console.warn('Unshill: translation unavailable:', error);
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
