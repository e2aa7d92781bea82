/**
 * The on-demand part of the content script: key points, disclosures and the panel. It leaves its API in
 * the isolated world's shared state for the DOM-ready script. The reader view, translation and "why
 * hidden" are its extras (extras-script.ts), loaded when first asked for.
 */
import { world } from '../world/world';
import { startArticle, type ArticleSession } from './article-controller';
import { loadExtras } from './load-extras';

export function startArticleScript(): void {
  const shared = world();
  if (shared.article) return;
  let session: ArticleSession | null = null;
  const openReader = (): void => {
    void loadExtras()
      .then((extras) => extras.toggleReader())
      .catch((error: unknown) => console.warn('Unshill: the reader view did not open:', error));
  };
  shared.article = {
    startArticle(ctx) {
      session = startArticle(ctx, openReader);
      ctx.signal.addEventListener('abort', () => (session = null));
    },
    keyPoints: () => session?.keyPoints() ?? [],
  };
}
