import type { HideState } from '../clean/hide';
import type { extractArticle } from '../extract/article';
import type { Site } from '../sites/types';
import type { createTranslationController } from './translation-controller';
import type { createWhyController } from './why-controller';

/** What the DOM-ready script hands the on-demand article script (same isolated world, same objects). */
export interface ArticleContext {
  site: Site;
  hide: HideState;
  root: Element | null;
  signal: AbortSignal;
  /** Called when late promotions were hidden (the panel shows the count). */
  onHiddenChange(listener: () => void): void;
}

/** The on-demand script's API, kept in the isolated world's shared state (src/world/world.ts). */
export interface ArticleApi {
  startArticle(ctx: ArticleContext): void;
  /** The key points the panel shows now (none before it is mounted). */
  keyPoints(): string[];
}

/**
 * The article script's extras (entrypoints/extras.ts), loaded when the reader view, a translation or
 * "why hidden" is asked for: everything that needs Readability, DOMPurify or a translation engine.
 */
export interface ExtrasApi {
  extractArticle: typeof extractArticle;
  createTranslationController: typeof createTranslationController;
  createWhyController: typeof createWhyController;
  /** Opens the reader view, or closes it when it is open. */
  toggleReader(): Promise<void>;
}
