import type { SummaryInput, SummaryPoint } from '../summarize/summarize';

/**
 * The one typed protocol between content scripts / extension pages and the background.
 * Requests go content → background with `browser.runtime.sendMessage`; each has a typed reply.
 */
export type TranslationServiceId = 'auto' | 'publisher' | 'chrome' | 'libretranslate' | 'apertium';

export interface ServerTranslationRequest {
  type: 'translate:server';
  engine: 'libretranslate' | 'apertium';
  server: string;
  apiKey?: string;
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
  engine: 'libretranslate' | 'apertium';
  server: string;
  apiKey?: string;
  source: string;
  target: string;
}

export interface InjectArticleRequest {
  type: 'article:inject';
}

/** Any-site mode: the page may be crypto news, load the cleanup script (ready.js) into its frame. */
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
  | InjectArticleRequest
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
  'article:inject': { ok: true } | Failure;
  'cleanup:inject': { ok: true } | Failure;
  summarize: { ok: true; points: SummaryPoint[] } | Failure;
  'lists:subscribe': ListReply;
  'lists:update': ListReply;
  'lists:enable': ListReply;
  'lists:remove': ListReply;
  'rules:add': { ok: true; line: string } | Failure;
  'picker:start': { ok: true } | Failure;
}

export type ReplyTo<R extends Request> = ReplyMap[R['type']];
