// JSON over HTTP with the error mapping shared by the server engines (Apertium APy, LibreTranslate).

import { abortedError, TranslationError } from './errors';
import type { FetchLike } from './types';

export interface JsonRequest {
  fetch: FetchLike;
  url: string;
  init?: RequestInit;
  timeoutMs: number;
  signal?: AbortSignal;
  /** "Apertium at http://127.0.0.1:2737": the subject of every error message. */
  service: string;
}

export interface JsonAnswer {
  status: number;
  /** Parsed body, or undefined when the body is not JSON. */
  body: unknown;
}

function combineSignals(timeout: AbortSignal, signal: AbortSignal | undefined): AbortSignal {
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/** Sends the request; maps network failure, timeout, abort and non-JSON bodies to TranslationError. */
export async function requestJson(req: JsonRequest): Promise<JsonAnswer> {
  if (req.signal?.aborted) throw abortedError();
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = combineSignals(timeout, req.signal);
  let response: Response;
  let text: string;
  try {
    response = await req.fetch(req.url, { ...req.init, signal });
    text = await response.text();
  } catch (error) {
    if (req.signal?.aborted) throw abortedError();
    if (timeout.aborted) {
      throw new TranslationError(
        'timeout',
        `${req.service} did not answer within ${formatSeconds(req.timeoutMs)}`,
      );
    }
    // fetch rejects with a TypeError when nothing listens or the connection breaks.
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    throw new TranslationError(
      'server-down',
      `${req.service} is not reachable: is the server running?${detail}`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body };
}

export function httpError(
  service: string,
  status: number,
  explanation: string | undefined,
): TranslationError {
  const why = explanation ? `: ${explanation}` : '';
  return new TranslationError('http-error', `${service} answered HTTP ${status}${why}`, status);
}

export function malformedError(service: string, what: string): TranslationError {
  return new TranslationError('malformed-response', `${service} sent an unexpected answer (${what})`);
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** "http://127.0.0.1:2737/" → "http://127.0.0.1:2737" so paths join cleanly. */
export function trimBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}
