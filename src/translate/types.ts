// One interface for every way of translating an article; see run-translation.ts for how it is driven.

export type EngineId = 'publisher' | 'chrome' | 'libretranslate' | 'apertium';

export type AvailabilityState = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export interface EngineAvailability {
  state: AvailabilityState;
  /** Languages in the engine's own codes, source first; three entries for a pivot (['fra', 'spa', 'eng']). */
  route?: string[];
  /** Why it is unavailable, in words fit for the status line. */
  reason?: string;
}

export interface TranslatedBatch {
  /** Same length and order as the blocks given; inline markup (links, emphasis) kept. */
  blocks: string[];
  route?: string[];
}

/**
 * Languages are BCP 47 base codes ('fr', 'en'); each engine maps them to its own codes.
 * Blocks are sanitized HTML fragments of one paragraph each, inline markup only. The output is HTML too
 * and MUST pass the shared DOMPurify configuration before it reaches a page (a server can send anything).
 */
export interface TranslationEngine {
  readonly id: EngineId;
  /** Who translates, for the status line: "Apertium at http://127.0.0.1:2737", "Chrome on-device". */
  readonly label: string;
  availability(source: string, target: string, signal?: AbortSignal): Promise<EngineAvailability>;
  translate(blocks: string[], source: string, target: string, signal?: AbortSignal): Promise<TranslatedBatch>;
}

/** The subset of `fetch` the server engines use; injectable so the background (or a test) supplies it. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;
