/**
 * One filter-list subscription and how it is brought up to date: a conditional request (ETag /
 * Last-Modified), the list's own `! Expires:`, and a failure that never replaces the last good copy.
 * Pure apart from the injected `fetch`, so unit tests drive every branch.
 */
import type { RuleError } from '../clean/cosmetic';
import { DEFAULT_EXPIRES_MS, MAX_REPORTED_ERRORS, MIN_EXPIRES_MS, parseFilterList } from './parse-list';

export interface ListSubscription {
  url: string;
  enabled: boolean;
  /** The list's `! Title:`, else null (the options page shows the address). */
  title: string | null;
  /** When the copy in use was fetched (null: never, no rules yet). */
  updatedAt: number | null;
  /** Last time the server was asked (answered or not). */
  checkedAt: number | null;
  nextUpdateAt: number;
  expiresMs: number;
  etag: string | null;
  lastModified: string | null;
  /** Why the last update failed, while the last good copy (if any) stays in use; null after a success. */
  failure: string | null;
  ruleCount: number;
  networkCount: number;
  errorCount: number;
  /** The first bad lines, with their line numbers and reasons. */
  errors: RuleError[];
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type UpdateResult =
  | { kind: 'updated'; subscription: ListSubscription; lines: string[] }
  | { kind: 'unchanged'; subscription: ListSubscription }
  | { kind: 'failed'; subscription: ListSubscription };

/** A failed update is tried again after this long (or sooner if the list expires sooner). */
export const RETRY_MS = 3_600_000;
/** Larger than any real cosmetic list (EasyList is about 3 MB): beyond it, not a list we keep. */
export const MAX_LIST_BYTES = 10 * 1024 * 1024;

export function newSubscription(url: string, now: number): ListSubscription {
  return {
    url,
    enabled: true,
    title: null,
    updatedAt: null,
    checkedAt: null,
    nextUpdateAt: now,
    expiresMs: DEFAULT_EXPIRES_MS,
    etag: null,
    lastModified: null,
    failure: null,
    ruleCount: 0,
    networkCount: 0,
    errorCount: 0,
    errors: [],
  };
}

export function isDue(subscription: ListSubscription, now: number): boolean {
  return subscription.nextUpdateAt <= now;
}

function failed(subscription: ListSubscription, now: number, reason: string): UpdateResult {
  return {
    kind: 'failed',
    subscription: {
      ...subscription,
      checkedAt: now,
      failure: reason,
      nextUpdateAt: now + Math.max(MIN_EXPIRES_MS, Math.min(RETRY_MS, subscription.expiresMs)),
    },
  };
}

/** Asks the server for a newer copy; conditional when a copy is held, so an unchanged list costs a 304. */
export async function updateSubscription(
  subscription: ListSubscription,
  now: number,
  fetchList: FetchLike,
): Promise<UpdateResult> {
  const headers: Record<string, string> = {};
  if (subscription.updatedAt !== null) {
    if (subscription.etag) headers['If-None-Match'] = subscription.etag;
    if (subscription.lastModified) headers['If-Modified-Since'] = subscription.lastModified;
  }
  let response: Response;
  try {
    response = await fetchList(subscription.url, { headers, credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    return failed(subscription, now, `the server did not answer (${describe(error)})`);
  }
  if (response.status === 304 && subscription.updatedAt !== null) {
    return {
      kind: 'unchanged',
      subscription: {
        ...subscription,
        checkedAt: now,
        failure: null,
        nextUpdateAt: now + subscription.expiresMs,
      },
    };
  }
  if (!response.ok) return failed(subscription, now, `the server answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_LIST_BYTES) return failed(subscription, now, 'the file is too large for a filter list');
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failed(subscription, now, `the download broke off (${describe(error)})`);
  }
  if (text.length > MAX_LIST_BYTES)
    return failed(subscription, now, 'the file is too large for a filter list');
  const checked = parseFilterList(text);
  if (!checked.ok) return failed(subscription, now, checked.reason);
  const { list } = checked;
  const expiresMs = list.expiresMs ?? DEFAULT_EXPIRES_MS;
  return {
    kind: 'updated',
    lines: list.lines,
    subscription: {
      ...subscription,
      title: list.title,
      updatedAt: now,
      checkedAt: now,
      nextUpdateAt: now + expiresMs,
      expiresMs,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      failure: null,
      ruleCount: list.lines.length,
      networkCount: list.networkCount,
      errorCount: list.errors.length,
      errors: list.errors.slice(0, MAX_REPORTED_ERRORS),
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
