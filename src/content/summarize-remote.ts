/**
 * Summaries are computed by the background (src/background/handlers.ts): the summarizer, its stopword
 * lists and its CPU time stay off the page's main thread and out of the injected script.
 */
import { browser } from 'wxt/browser';
import type { ReplyMap } from '../messaging/protocol';
import type { SummaryInput, SummaryPoint } from '../summarize/summarize';

export async function summarizeInBackground(input: SummaryInput): Promise<SummaryPoint[]> {
  const reply = (await browser.runtime.sendMessage({ type: 'summarize', input })) as
    ReplyMap['summarize'] | undefined;
  if (!reply?.ok) throw new Error(reply ? reply.error : 'the extension background did not answer');
  return reply.points;
}
