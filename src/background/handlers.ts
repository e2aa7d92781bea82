/**
 * Requests the background answers for content scripts and the options page: calls to the reader's own
 * translation server (extension origin, so the server needs no CORS setup and the page never sees them).
 */
import { createApertiumEngine, type ApertiumEngine } from '../translate/apertium';
import { createLibreTranslateEngine, type LibreTranslateEngine } from '../translate/libretranslate';
import { engineStatusLabel } from '../translate/run-translation';
import { summarize } from '../summarize/summarize';
import { forgetServerKinds, serverKind } from '../translate/server-kind';
import type { ReplyMap, ReplyTo, Request } from '../messaging/protocol';

type ServerEngine = ApertiumEngine | LibreTranslateEngine;
const engines = new Map<string, ServerEngine>();

/** One engine per server (it caches the server's language pairs). */
function serverEngine(engine: 'apertium' | 'libretranslate', server: string, apiKey?: string): ServerEngine {
  const key = `${engine}\u0000${server}\u0000${apiKey ?? ''}`;
  let found = engines.get(key);
  if (!found) {
    found =
      engine === 'apertium'
        ? createApertiumEngine({ baseUrl: server })
        : createLibreTranslateEngine({ baseUrl: server, apiKey: apiKey || undefined });
    engines.set(key, found);
  }
  return found;
}

function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

function checkServer(server: string): string | null {
  try {
    const url = new URL(server);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? null
      : 'The server address must start with http(s)://';
  } catch {
    return 'The server address is not a valid URL';
  }
}

/** The background's answer to `request`, typed by its kind; undefined for a request it does not know. */
export function handleRequest<R extends Request>(request: R): Promise<ReplyTo<R> | undefined> {
  return answer(request) as Promise<ReplyTo<R> | undefined>;
}

async function answer(request: Request): Promise<ReplyMap[Request['type']] | undefined> {
  switch (request?.type) {
    case 'translate:server': {
      const invalid = checkServer(request.server);
      if (invalid) return { ok: false, error: invalid };
      try {
        const engine = serverEngine(request.engine, request.server, request.apiKey);
        const result = await engine.translate(request.blocks, request.source, request.target);
        return { ok: true, blocks: result.blocks, label: engine.label };
      } catch (error) {
        return failure(error);
      }
    }
    case 'translate:availability': {
      const invalid = checkServer(request.server);
      if (invalid) return { ok: false, error: invalid };
      try {
        const engine = serverEngine(request.engine, request.server, request.apiKey);
        const availability = await engine.availability(request.source, request.target);
        return {
          ok: true,
          state: availability.state,
          route: availability.route,
          reason: availability.reason,
          label: engineStatusLabel(engine, availability),
        };
      } catch (error) {
        return failure(error);
      }
    }
    case 'translate:test': {
      const invalid = checkServer(request.server);
      if (invalid) return { ok: false, error: invalid };
      // A fresh engine: "Test connection" must really ask the server, not a cache.
      forgetServerKinds();
      engines.delete(`${request.engine}\u0000${request.server}\u0000${request.apiKey ?? ''}`);
      try {
        const engine = serverEngine(request.engine, request.server, request.apiKey);
        if ('listPairs' in engine) {
          const pairs = await engine.listPairs();
          return { ok: true, pairs: pairs.map((p) => `${p.sourceLanguage} → ${p.targetLanguage}`) };
        }
        const languages = await engine.languages();
        return {
          ok: true,
          pairs: languages.flatMap((l) =>
            (l.targets ?? []).filter((t) => t !== l.code).map((t) => `${l.code} → ${t}`),
          ),
        };
      } catch (error) {
        return failure(error);
      }
    }
    case 'translate:probe': {
      const invalid = checkServer(request.server);
      if (invalid) return { ok: false, error: invalid };
      try {
        return { ok: true, engine: await serverKind(request.server) };
      } catch (error) {
        return failure(error);
      }
    }
    case 'summarize': {
      try {
        return { ok: true, points: summarize(request.input) };
      } catch (error) {
        return failure(error);
      }
    }
    default:
      return undefined;
  }
}
