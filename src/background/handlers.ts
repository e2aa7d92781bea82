import type { Request } from '../messaging/protocol';

/** Requests answered by the background (translation servers, editions); filled by the translation work. */
export function handleRequest(request: Request): Promise<unknown> | undefined {
  switch (request?.type) {
    default:
      return undefined;
  }
}
