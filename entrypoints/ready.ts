import { defineUnlistedScript } from '#imports';
import { runReady } from '../src/content/ready';

// Content script at document_end on the same pages as early.ts (declared in wxt.config.ts).
export default defineUnlistedScript(() => runReady());
