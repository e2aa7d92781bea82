// Failures the status line can explain; every engine maps its errors onto these kinds.

export type TranslationErrorKind =
  | 'server-down'
  | 'http-error'
  | 'timeout'
  | 'malformed-response'
  | 'unsupported-pair'
  | 'unavailable'
  | 'aborted';

export class TranslationError extends Error {
  override readonly name = 'TranslationError';
  constructor(
    readonly kind: TranslationErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof TranslationError && error.kind === 'aborted') ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError')
  );
}

export function abortedError(): TranslationError {
  return new TranslationError('aborted', 'Translation cancelled');
}

/**
 * `work`, or an 'aborted' TranslationError as soon as `signal` aborts (already aborted included). For work
 * that cannot be cancelled where it runs (a request the background is answering): the caller stops waiting.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(abortedError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
