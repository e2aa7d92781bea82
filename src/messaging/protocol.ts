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

export interface SummarizeRequest {
  type: 'summarize';
  input: SummaryInput;
}

export type Request =
  | ServerTranslationRequest
  | TestConnectionRequest
  | AvailabilityRequest
  | InjectArticleRequest
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
  summarize: { ok: true; points: SummaryPoint[] } | Failure;
}

export type ReplyTo<R extends Request> = ReplyMap[R['type']];
