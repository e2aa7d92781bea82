import { defineUnlistedScript } from '#imports';
import { runAnySiteGate } from '../src/content/any-site';

// Registered at run time on every http(s) page outside the catalogue when any-site mode is on
// (src/background/extra-sites.ts). Tiny on purpose: most pages stop here.
export default defineUnlistedScript(() => runAnySiteGate());
