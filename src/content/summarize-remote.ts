/**
 * Summaries are computed by the background (src/background/handlers.ts): the summarizer, its stopword
 * lists and its CPU time stay off the page's main thread and out of the injected script.
 */
import { sendToBackground } from '../messaging/send';
import type { CountedSummary, SummaryInput } from '../summarize/summarize';

/** The summary of `input`, and how many usable sentences it had (whether Readability's article is worth a try). */
export async function summarizeInBackground(input: SummaryInput): Promise<CountedSummary> {
  const reply = await sendToBackground({ type: 'summarize', input });
  if (!reply.ok) throw new Error(reply.error);
  return { points: reply.points, usable: reply.usable };
}
