/**
 * State shared by the bundles that run in one isolated world: early.js and ready.js (declared content
 * scripts), cleanup.js, article.js and extras.js (injected on demand). They are separate bundles, so module scope is not shared;
 * they meet on the isolated world's global under a Symbol key. A page element becomes a property of
 * `window` by its `id` or `name` (string keys), never by a Symbol, so the page cannot clobber this.
 */
import type { ArticleApi, ExtrasApi } from '../content/api';
import type { CleanupApi } from '../content/cleanup';
import type { EarlyState } from '../content/early-state';
import type { PagePhase } from '../messaging/protocol';
import type { Picker } from '../picker/picker';
import type { WhyLabels } from '../ui/why-labels';

const KEY = Symbol.for('unshill.world');

export interface World {
  /** The extension's own nodes (panel, reader, stylesheets, translation copies): never page content. */
  readonly ours: WeakSet<Node>;
  /** Left by the document_start script for the DOM-ready one. */
  early?: EarlyState;
  /** The DOM-ready script started (it runs once per document). */
  readyStarted?: boolean;
  /** The on-demand cleanup script (rules and heuristics), once loaded on an article. */
  cleanup?: CleanupApi;
  /** The on-demand article script, once loaded. */
  article?: ArticleApi;
  /** The article script's extras (reader view, translation, why hidden), once loaded. */
  extras?: ExtrasApi;
  /** The element picker, while it is open. */
  picker?: Picker;
  /** The "why hidden" labels, while "Show hidden" is on. */
  why?: WhyLabels;
  /** How far the content scripts got on this page (answered to `status` requests). */
  phase: PagePhase;
}

export function world(): World {
  const scope = globalThis as { [KEY]?: World };
  return (scope[KEY] ??= { ours: new WeakSet(), phase: 'starting' });
}
