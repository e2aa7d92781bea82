import { defineUnlistedScript } from '#imports';
import { startCleanup } from '../src/content/cleanup';
import { world } from '../src/world/world';

// Injected by the background when ready.js has found an article: the rules and the promotion heuristics,
// which pages that are not articles never load.
export default defineUnlistedScript(() => {
  world().cleanup ??= { startCleanup };
});
