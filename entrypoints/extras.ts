import { defineUnlistedScript } from '#imports';
import { startExtrasScript } from '../src/content/extras-script';

// Loaded on demand by the background (scripting.executeScript) into the page's isolated world: when the
// reader view, a translation or "why hidden" is asked for (src/content/load-extras.ts, or the toolbar).
export default defineUnlistedScript(() => startExtrasScript());
