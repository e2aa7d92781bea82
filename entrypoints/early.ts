import { defineUnlistedScript } from '#imports';
import { runEarly } from '../src/content/early';

// Content script at document_start on catalogue sites, declared in wxt.config.ts: an unlisted script
// skips WXT's content-script runtime and the polyfill, to stay within its 20 KB budget.
export default defineUnlistedScript(() => runEarly());
