import { extensionApi } from '../content/ext';
import type { ReplyTo, Request } from './protocol';

/** Sends a request to the background and returns its typed reply; throws when the background does not answer. */
export async function sendToBackground<R extends Request>(request: R): Promise<ReplyTo<R>> {
  const api = extensionApi();
  if (!api) throw new Error('no extension API here');
  const reply = (await api.runtime.sendMessage(request)) as ReplyTo<R> | undefined;
  if (!reply) throw new Error('the extension background did not answer');
  return reply;
}
