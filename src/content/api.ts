import type { HideState } from '../clean/hide';
import type { Site } from '../sites/types';

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
  toggleReader(): Promise<void>;
}
