import type { SummaryInput, SummaryPoint } from '../summarize/summarize';

/**
 * The one typed protocol between the extension's parts, in both directions, each request with its reply:
 * - `Request` goes content script / extension page → background (`browser.runtime.sendMessage`);
 * - `PageRequest` goes background → a tab's content scripts (`browser.tabs.sendMessage`).
 */
export type TranslationServiceId = 'auto' | 'publisher' | 'chrome' | 'libretranslate' | 'apertium';

/** To the reader's own server: which one, and its key, the background reads from storage. */
export interface ServerTranslationRequest {
  type: 'translate:server';
  source: string;
  target: string;
  /** Sanitized HTML fragments (inline markup only). */
  blocks: string[];
}

export interface TestConnectionRequest {
  type: 'translate:test';
  engine: 'libretranslate' | 'apertium';
  server: string;
  apiKey?: string;
}

export interface AvailabilityRequest {
  type: 'translate:availability';
  source: string;
  target: string;
}

/** Which kind of server the reader's stored address is (asked when the service is "auto"). */
export interface ProbeServerRequest {
  type: 'translate:probe';
}

export interface InjectArticleRequest {
  type: 'article:inject';
}

/** The article script asks for its on-demand extras (reader view, translation, why hidden) in its frame. */
export interface InjectExtrasRequest {
  type: 'extras:inject';
}

/** Any-site mode: the page may be crypto news, load the DOM-ready script (ready.js) into its frame. */
export interface InjectReadyRequest {
  type: 'ready:inject';
}

/** The DOM-ready script found an article: load the cleanup script (rules, heuristics) into its frame. */
export interface InjectCleanupRequest {
  type: 'cleanup:inject';
}

export interface SummarizeRequest {
  type: 'summarize';
  input: SummaryInput;
}

/** Filter-list subscriptions (options page → background, which alone writes them). */
export type ListRequest =
  | { type: 'lists:subscribe'; url: string }
  | { type: 'lists:update'; url: string }
  | { type: 'lists:enable'; url: string; enabled: boolean }
  | { type: 'lists:remove'; url: string };
export type ListReply = { ok: true } | Failure;

/** A rule for the sender tab's site, from the element picker or "Not a promotion" (content → background). */
export interface AddCustomRuleRequest {
  type: 'rules:add';
  /** `##selector` or `#@#selector`; the background prefixes the sender tab's host. */
  rule: string;
}

/** The element picker, asked for by the panel's button (content → background, which injects it). */
export interface StartPickerRequest {
  type: 'picker:start';
}

export type Request =
  | ListRequest
  | AddCustomRuleRequest
  | StartPickerRequest
  | ServerTranslationRequest
  | TestConnectionRequest
  | AvailabilityRequest
  | ProbeServerRequest
  | InjectArticleRequest
  | InjectExtrasRequest
  | InjectReadyRequest
  | InjectCleanupRequest
  | SummarizeRequest;

export type Failure = { ok: false; error: string };

export interface ReplyMap {
  'translate:server': { ok: true; blocks: string[]; label: string } | Failure;
  'translate:test': { ok: true; pairs: string[] } | Failure;
  'translate:availability':
    | {
        ok: true;
        state: 'available' | 'downloadable' | 'downloading' | 'unavailable';
        route?: string[];
        reason?: string;
        label: string;
      }
    | Failure;
  'translate:probe': { ok: true; engine: 'libretranslate' | 'apertium' } | Failure;
  'article:inject': { ok: true } | Failure;
  'extras:inject': { ok: true } | Failure;
  'ready:inject': { ok: true } | Failure;
  'cleanup:inject': { ok: true } | Failure;
  summarize: { ok: true; points: SummaryPoint[]; usable: number } | Failure;
  'lists:subscribe': ListReply;
  'lists:update': ListReply;
  'lists:enable': ListReply;
  'lists:remove': ListReply;
  'rules:add': { ok: true; line: string } | Failure;
  'picker:start': { ok: true } | Failure;
}

export type ReplyTo<R extends Request> = ReplyMap[R['type']];

/** How far the content scripts got on a page. Final: everything after `cleaning`. */
export type PagePhase =
  | 'starting'
  /** Never an article by its address (front page; trading, login or help page): nothing was touched. */
  | 'app-page'
  /** Cleanup is off for this site. */
  | 'off'
  | 'not-article'
  /** An article: promotions being marked, the article script loading. */
  | 'cleaning'
  /** The panel is mounted. */
  | 'done'
  /** Something failed; the page was left working. */
  | 'failed';

export const FINAL_PHASES: readonly PagePhase[] = ['app-page', 'off', 'not-article', 'done', 'failed'];

/** Opens or closes the reader view (the article script answers; it is injected first when missing). */
export interface ToggleReaderRequest {
  type: 'reader:toggle';
}

export type PageRequest = ToggleReaderRequest;

export interface PageReplyMap {
  'reader:toggle': { ok: true } | Failure;
}

export type PageReplyTo<R extends PageRequest> = PageReplyMap[R['type']];

/** Name of the port content scripts hold open to the background: its disconnect means the extension left. */
export const LIFETIME_PORT = 'unshill:lifetime';
