/**
 * One article on a catalogue page: key points (publisher's, else on-device), the panel, reveal,
 * the reader button. Everything it adds is removed when `ctx.signal` aborts (in-page navigation).
 */
import { extractArticle, type ExtractedArticle } from '../extract/article';
import { extractPublisherKeyPoints } from '../extract/key-points';
import { summarize } from '../summarize/summarize';
import { createPanel, type KeyPointSource, type PanelModel } from '../ui/panel';
import { HIGHLIGHT_CSS } from '../ui/panel-styles';
import { settingItems } from '../settings/settings';
import type { ArticleContext } from './api';
import { articleTextBlocks, findSentenceBlock, type TextBlock } from './article-blocks';
import { markTime, measureTime } from './timing';

export interface KeyPoints {
  points: string[];
  source: KeyPointSource;
  /** Where each point is in the page (for scroll-to), when known. */
  targets: (Element | null)[];
}

/** Key points for the article of `doc`: the publisher's own, else an on-device extractive summary. */
export function computeKeyPoints(
  doc: Document,
  root: Element | null,
  article: ExtractedArticle | null,
): KeyPoints {
  const scope = doc.body ?? doc;
  const publisher = extractPublisherKeyPoints(scope);
  if (publisher && publisher.points.length) {
    const items = publisher.blocks.flatMap((block) => [...block.querySelectorAll('li, p')]);
    const targets = publisher.points.map(
      (point) =>
        items.find((el) => (el.textContent ?? '').includes(point.slice(0, 40))) ??
        publisher.blocks[0] ??
        null,
    );
    return { points: publisher.points, source: 'publisher', targets };
  }
  // The live article root gives scroll targets; the extracted article is the fallback (reader view).
  let blocks: TextBlock[] = root ? articleTextBlocks(root, publisher?.blocks ?? []) : [];
  if (blocks.length < 3 && article) blocks = articleTextBlocks(article.content);
  const paragraphs = blocks.map((b) => b.text);
  const lang = article?.lang ?? doc.documentElement.lang ?? 'en';
  const summary = summarize({ title: article?.title ?? doc.title, paragraphs, lang });
  return {
    points: summary.map((p) => p.text),
    source: 'local',
    targets: summary.map(
      (p) => blocks[p.paragraph]?.element ?? findSentenceBlock(blocks, p.text)?.element ?? null,
    ),
  };
}

/** Inserts the panel in the page's flow just before the article body, so it never covers it. */
function placePanel(host: HTMLElement, doc: Document, root: Element | null): void {
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
  const article = extractArticle(doc, { removeSelectors: [...ctx.hide.selectors] });
  markTime('unshill:extract:end');
  const keyPoints = computeKeyPoints(doc, ctx.root, article);
  markTime('unshill:summarize:end');

  const model: PanelModel = {
    keyPoints: keyPoints.points,
    source: keyPoints.source,
    readingMinutes: article?.readingMinutes ?? null,
    hiddenCount: ctx.hide.count(),
    revealed: ctx.hide.revealed(),
    collapsed: false,
    translation: null,
    status: null,
    disclosures: [],
    lang: article?.lang ?? null,
  };
  const highlight = doc.createElement('style');
  highlight.setAttribute('data-unshill-added', '');
  highlight.textContent = HIGHLIGHT_CSS;

  const panel = createPanel(doc, {
    onReveal() {
      ctx.hide.setRevealed(!ctx.hide.revealed());
      render();
    },
    onCollapse() {
      model.collapsed = !model.collapsed;
      void settingItems.panelCollapsed.setValue(model.collapsed).catch(() => undefined);
      render();
    },
    onTranslate() {},
    onOpenReader: openReader,
    onKeyPoint(index) {
      const target = keyPoints.targets[index];
      if (!target) return;
      target.scrollIntoView({
        block: 'center',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
      target.setAttribute('data-unshill-highlight', '');
      setTimeout(() => target.removeAttribute('data-unshill-highlight'), 2500);
    },
  });
  const render = (): void => {
    model.hiddenCount = ctx.hide.count();
    model.revealed = ctx.hide.revealed();
    panel.update(model);
  };
  render();
  placePanel(panel.host, doc, ctx.root);
  (doc.head ?? doc.documentElement).append(highlight);
  markTime('unshill:mount:end');
  measureTime('unshill:extract', 'unshill:extract:start', 'unshill:extract:end');
  measureTime('unshill:summarize', 'unshill:extract:end', 'unshill:summarize:end');
  measureTime('unshill:mount', 'unshill:summarize:end', 'unshill:mount:end');
  measureTime('unshill:total', 'unshill:start', 'unshill:mount:end');

  ctx.onHiddenChange(render);
  void settingItems.panelCollapsed.getValue().then(
    (collapsed) => {
      if (collapsed === true && !model.collapsed) {
        model.collapsed = true;
        render();
      }
    },
    () => undefined,
  );

  ctx.signal.addEventListener('abort', () => {
    panel.remove();
    highlight.remove();
  });
  return { keyPoints: () => model.keyPoints };
}
