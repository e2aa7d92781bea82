import { defineUnlistedScript } from '#imports';
import { runEarly } from '../src/content/early';
import { runReady } from '../src/content/ready';

// Content script at document_start on catalogue sites, declared in wxt.config.ts: an unlisted script
// skips WXT's content-script runtime and the polyfill. It also carries the DOM-ready step (ready.ts), which
// then starts at DOMContentLoaded: as a document_end script of its own it started 40 to 70 ms later.
export default defineUnlistedScript(() => {
  runEarly();
  runReady();
});
