/**
 * A TranslationEngine for the reader's own server, run by the background: the content script only
 * sends sanitized paragraph HTML and gets HTML back (sanitized again before it reaches the page).
 */
import type { ServerTranslationRequest } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { abortable, isAbortError, TranslationError } from '../translate/errors';
import { serverLabel, type ServerEngineKind } from '../translate/server-label';
import type { EngineAvailability, TranslatedBatch, TranslationEngine } from '../translate/types';

/**
 * The content script names the engine only: the background reads the server's address and key from storage
 * (security review F4), and the page never sees them (F2).
 */
export function createRemoteEngine(engine: ServerEngineKind): TranslationEngine {
  const label = serverLabel(engine);
  return {
    id: engine,
    label,
    async availability(source, target, signal): Promise<EngineAvailability> {
      const reply = await abortable(
        sendToBackground({ type: 'translate:availability', source, target }),
        signal,
      ).catch((error: unknown) => {
        if (isAbortError(error)) throw error;
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
      });
      if (!reply.ok) return { state: 'unavailable', reason: reply.error };
      return { state: reply.state, route: reply.route, reason: reply.reason };
    },
    async translate(blocks, source, target, signal): Promise<TranslatedBatch> {
      const request: ServerTranslationRequest = {
        type: 'translate:server',
        source,
        target,
        blocks,
      };
      // The batch's timeout and the reader's "off" end the wait here: the background cannot be interrupted.
      const reply = await abortable(sendToBackground(request), signal).catch((error: unknown) => {
        if (isAbortError(error)) throw error;
        throw new TranslationError('unavailable', error instanceof Error ? error.message : String(error));
      });
      if (!reply.ok) throw new TranslationError('http-error', reply.error);
      if (reply.blocks.length !== blocks.length) {
        throw new TranslationError(
          'malformed-response',
          `${label} returned ${reply.blocks.length} of ${blocks.length} paragraphs`,
        );
      }
      return { blocks: reply.blocks };
    },
  };
}
