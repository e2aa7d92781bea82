/**
 * Hiding on an article page: the site's and the reader's rules (plain and procedural) and the promotion
 * heuristics, then a MutationObserver for late promotions. Loaded on demand (entrypoints/cleanup.ts,
 * injected by the background) once ready.ts has found an article: pages that are not articles never
 * compile or evaluate any of it. Same isolated world as ready.js; they meet in src/world/world.ts.
 */
import {
  compileRules,
  matchProcedural,
  mayHoldProceduralRule,
  parseCosmeticRules,
  quickHideSelectors,
  type ProceduralRule,
} from '../clean/cosmetic';
import { createHideState, type HideState } from '../clean/hide';
import { findPromotionsIn, findPromotionsSliced, type PromoMatch } from '../clean/heuristics';
import { exceptionSelectors, isExempt } from '../clean/why-hidden';
import type { PageSettings } from '../settings/page-settings';
import { isOwn } from '../world/own-nodes';
import { allRuleLines, type EarlyState } from './early-state';
import { markTime } from './timing';

/** Longest slice of the promotion heuristics before yielding to the page (budget: no task over 100 ms). */
const SLICE_MS = 80;

export interface CleanupInput {
  early: EarlyState;
  settings: PageSettings;
  root: Element | null;
  signal: AbortSignal;
  /** False once the extension is gone: late mutations are then left alone. */
  isValid(): boolean;
  /** Called on each batch of DOM changes (a pushState with no event shows as new content). */
  onPageChange(): void;
}

export interface Cleanup {
  hide: HideState;
  /** The reader's rules or lists arrived after DOM ready: apply them to this article too. */
  applyLateRules(settings: PageSettings): void;
  /** Called when late promotions were hidden. */
  onHiddenChange(listener: () => void): void;
}

/** The on-demand cleanup script's API, kept in the isolated world's shared state. */
export interface CleanupApi {
  /** Marks every promotion of the page (in slices) and keeps watching; resolves once the first pass is done. */
  startCleanup(input: CleanupInput): Promise<Cleanup | null>;
}

export async function startCleanup(input: CleanupInput): Promise<Cleanup | null> {
  const { early, root, signal } = input;
  let procedural = proceduralRules(early, input.settings);
  // No sheet yet: the address said "not an article" at document_start, then the page became one in place.
  const state = (early.hide ??= createHideState(
    document,
    quickHideSelectors(allRuleLines(early.site, input.settings), location.hostname),
  ));
  const listeners = new Set<() => void>();
  // The reader's "Not a promotion" (`site#@#selector`) holds for the heuristics too.
  let exempt = exceptionSelectors(input.settings.customRules.split('\n'), location.hostname);
  // What the heuristics hid, so that an exception arriving late (settings after DOM ready) shows it again.
  const markedByHeuristics = new Set<Element>();
  const markAll = (matches: PromoMatch[]): number => {
    let added = 0;
    for (const match of matches) {
      if (isExempt(match.element, exempt) || !state.mark([match.element], match.reason)) continue;
      markedByHeuristics.add(match.element);
      added++;
    }
    return added;
  };
  signal.addEventListener('abort', () => markedByHeuristics.clear());
  const onMutations = (records: MutationRecord[]): void => {
    if (!input.isValid()) return;
    state.ensureAttached();
    input.onPageChange();
    if (signal.aborted) return;
    const added: Element[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !isOwn(node)) added.push(node as Element);
      }
    }
    if (!added.length) return;
    let changed = 0;
    for (const node of added) {
      changed += state.mark(matchSelf(node, state.selectors), 'site-rule');
      for (const rule of procedural) changed += state.mark(matchProcedural(node, rule), 'site-rule');
    }
    changed += markAll(findPromotionsIn(added, root));
    if (changed) for (const listener of listeners) listener();
  };
  // Observe before the first pause, so nodes added while the page runs in between are seen.
  const observer = new MutationObserver(onMutations);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());

  markTime('unshill:hide:start');
  state.markSiteMatches();
  for (const rule of procedural) state.mark(matchProcedural(document, rule), 'site-rule');
  // On a huge page the heuristics yield between slices (the curtain still covers the page).
  markAll(await findPromotionsSliced(document, root, { budgetMs: SLICE_MS, signal, onChunk: markAll }));
  if (signal.aborted) return null;
  markTime('unshill:hide:end');
  return {
    hide: state,
    applyLateRules(loaded) {
      if (signal.aborted) return;
      procedural = proceduralRules(early, loaded);
      exempt = exceptionSelectors(loaded.customRules.split('\n'), location.hostname);
      const nowExempt = [...markedByHeuristics].filter((element) => isExempt(element, exempt));
      for (const element of nowExempt) markedByHeuristics.delete(element);
      state.unmark(nowExempt);
      state.markSiteMatches();
      for (const rule of procedural) state.mark(matchProcedural(document, rule), 'site-rule');
      for (const listener of listeners) listener();
    },
    onHiddenChange: (listener) => listeners.add(listener),
  };
}

/**
 * The procedural rules (`:has-text` and its aliases) for this page. The plain selectors are in the sheet
 * already, and a list can hold tens of thousands: only the lines with a text test pay for the full parser,
 * and most pages have none (the parser cost 2 to 9 ms per article). early.site: without its hide rules when
 * the e2e build measures the heuristics alone.
 */
function proceduralRules(early: EarlyState, loaded: PageSettings): ProceduralRule[] {
  const lines = allRuleLines(early.site, loaded).filter(mayHoldProceduralRule);
  if (!lines.length) return [];
  return compileRules(parseCosmeticRules(lines).rules, location.hostname).procedural;
}

/** `node` and its descendants matching any of `selectors`. */
function matchSelf(node: Element, selectors: readonly string[]): Element[] {
  if (!selectors.length) return [];
  const combined = selectors.join(',');
  try {
    const found = Array.from(node.querySelectorAll(combined));
    if (node.matches(combined)) found.unshift(node);
    return found;
  } catch {
    return [];
  }
}
