import { defineUnlistedScript } from '#imports';
import { startArticleScript } from '../src/content/article-script';

// Loaded on demand by the background (scripting.executeScript) into the page's isolated world:
// when the DOM-ready script (ready.ts) finds an article, or when the reader opens the reader view.
export default defineUnlistedScript(() => startArticleScript());
