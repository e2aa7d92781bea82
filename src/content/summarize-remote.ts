/**
 * Summaries are computed by the background (src/background/handlers.ts): the summarizer, its stopword
 * lists and its CPU time stay off the page's main thread and out of the injected script.
 */
import { sendToBackground } from '../messaging/send';
import type { SummaryInput, SummaryPoint } from '../summarize/summarize';

export async function summarizeInBackground(input: SummaryInput): Promise<SummaryPoint[]> {
  const reply = await sendToBackground({ type: 'summarize', input });
  if (!reply.ok) throw new Error(reply.error);
  return reply.points;
}
