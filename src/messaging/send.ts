import { browser } from 'wxt/browser';
import type { ReplyTo, Request } from './protocol';

/** Sends a request to the background and returns its typed reply; throws when the background does not answer. */
export async function sendToBackground<R extends Request>(request: R): Promise<ReplyTo<R>> {
  const reply = (await browser.runtime.sendMessage(request)) as ReplyTo<R> | undefined;
  if (!reply) throw new Error('the extension background did not answer');
  return reply;
}
