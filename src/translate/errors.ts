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
