/**
 * Which kind of server the reader's address points at, found by asking it: LibreTranslate lists its
 * languages at `/languages` (a JSON array), Apertium APy its pairs at `/listPairs` (`{ responseData: [...] }`).
 * The answer is cached per address; a failed probe is not, so a server started later is found.
 */
import { requestJson, trimBaseUrl } from './http';
import type { FetchLike } from './types';

export type ServerKind = 'libretranslate' | 'apertium';

const PROBE_TIMEOUT_MS = 5000;
const known = new Map<string, Promise<ServerKind>>();

async function answersWith(
  fetchFn: FetchLike,
  url: string,
  looksRight: (body: unknown) => boolean,
): Promise<boolean> {
  try {
    const answer = await requestJson({ fetch: fetchFn, url, timeoutMs: PROBE_TIMEOUT_MS, service: url });
    return answer.status === 200 && looksRight(answer.body);
  } catch {
    return false;
  }
}

async function probe(baseUrl: string, fetchFn: FetchLike): Promise<ServerKind> {
  const [libre, apertium] = await Promise.all([
    answersWith(fetchFn, `${baseUrl}/languages`, Array.isArray),
    answersWith(
      fetchFn,
      `${baseUrl}/listPairs`,
      (body) =>
        !!body &&
        typeof body === 'object' &&
        Array.isArray((body as { responseData?: unknown }).responseData),
    ),
  ]);
  if (libre) return 'libretranslate';
  if (apertium) return 'apertium';
  throw new Error(
    `the server at ${baseUrl} answers neither /languages (LibreTranslate) nor /listPairs (Apertium APy): check the address in Options`,
  );
}

/** The kind of the server at `address` (asked once per address while it answers). */
export function serverKind(
  address: string,
  fetchFn: FetchLike = (input, init) => fetch(input, init),
): Promise<ServerKind> {
  const baseUrl = trimBaseUrl(address);
  let found = known.get(baseUrl);
  if (!found) {
    found = probe(baseUrl, fetchFn);
    known.set(baseUrl, found);
    found.catch(() => known.delete(baseUrl));
  }
  return found;
}

/** Forgets what was learnt (the reader pressed "Test connection", or a test starts afresh). */
export function forgetServerKinds(): void {
  known.clear();
}
