/**
 * Requests the background answers for content scripts and the options page: calls to the reader's own
 * translation server (extension origin, so the server needs no CORS setup and the page never sees them).
 *
 * The server's address and key come from storage, never from a message: a content script (whose renderer a
 * page could compromise) only says "translate these blocks". Nothing is sent to an origin that is neither
 * loopback nor granted by the reader (an imported settings file cannot skip the permission prompt).
 */
import { createApertiumEngine, type ApertiumEngine } from '../translate/apertium';
import { createLibreTranslateEngine, type LibreTranslateEngine } from '../translate/libretranslate';
import { engineStatusLabel } from '../translate/run-translation';
import { serverLabel } from '../translate/server-label';
import { summarizeCounted } from '../summarize/summarize';
import { forgetServerKinds, serverKind } from '../translate/server-kind';
import type { ReplyMap, ReplyTo, Request } from '../messaging/protocol';
import { isLoopbackUrl, originPattern } from '../settings/origins';
import type { Settings } from '../settings/defaults';

type ServerEngine = ApertiumEngine | LibreTranslateEngine;
type EngineKind = 'apertium' | 'libretranslate';
const engines = new Map<string, ServerEngine>();

export interface HandlerDeps {
  /** The reader's stored settings (validated). */
  settings(): Promise<Pick<Settings, 'serverUrl' | 'apiKey' | 'translationService'>>;
  /** `permissions.contains` for an origin pattern. */
  isGranted(originPattern: string): Promise<boolean>;
}

/** Where a message came from: an extension page (Options) or a content script in a web page. */
export interface RequestSender {
  fromExtensionPage: boolean;
}

/** One engine per server (it caches the server's language pairs). */
function serverEngine(engine: EngineKind, server: string, apiKey: string, label: string): ServerEngine {
  const key = `${engine}\u0000${server}\u0000${apiKey}\u0000${label}`;
  let found = engines.get(key);
  if (!found) {
    found =
      engine === 'apertium'
        ? createApertiumEngine({ baseUrl: server, label })
        : createLibreTranslateEngine({ baseUrl: server, apiKey: apiKey || undefined, label });
    engines.set(key, found);
  }
  return found;
}

/** Loopback, or an origin the reader granted; else the reason (without the address: it may reach a page). */
async function checkReachable(server: string, deps: HandlerDeps): Promise<string | null> {
  const invalid = checkServer(server);
  if (invalid) return invalid;
  if (isLoopbackUrl(server)) return null;
  return (await deps.isGranted(originPattern(server)))
    ? null
    : 'your translation server is not allowed yet: grant it access in Options';
}

/** The chosen service, or on "auto" what the server says it is (asked once per address). */
async function storedServerKind(
  settings: Pick<Settings, 'serverUrl' | 'translationService'>,
): Promise<EngineKind> {
  const service = settings.translationService;
  if (service === 'apertium' || service === 'libretranslate') return service;
  try {
    return await serverKind(settings.serverUrl);
  } catch {
    // The probe's own message names the address: what reaches a page must not.
    throw new Error(
      'your translation server answers neither /languages (LibreTranslate) nor /listPairs (Apertium APy): check the address in Options',
    );
  }
}

/** The stored server for a page's request, labelled "Apertium (your server)" so no address reaches the page. */
async function storedServer(
  deps: HandlerDeps,
): Promise<{ ok: true; engine: ServerEngine } | { ok: false; error: string }> {
  const settings = await deps.settings();
  if (!settings.serverUrl) return { ok: false, error: 'no translation server is set in Options' };
  const blocked = await checkReachable(settings.serverUrl, deps);
  if (blocked) return { ok: false, error: blocked };
  const kind = await storedServerKind(settings);
  return {
    ok: true,
    engine: serverEngine(kind, settings.serverUrl, settings.apiKey, serverLabel(kind)),
  };
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
export function handleRequest<R extends Request>(
  request: R,
  deps: HandlerDeps,
  sender: RequestSender = { fromExtensionPage: false },
): Promise<ReplyTo<R> | undefined> {
  return answer(request, deps, sender) as Promise<ReplyTo<R> | undefined>;
}

async function answer(
  request: Request,
  deps: HandlerDeps,
  sender: RequestSender,
): Promise<ReplyMap[Request['type']] | undefined> {
  switch (request?.type) {
    case 'translate:server': {
      try {
        const found = await storedServer(deps);
        if (!found.ok) return found;
        const result = await found.engine.translate(request.blocks, request.source, request.target);
        return { ok: true, blocks: result.blocks, label: found.engine.label };
      } catch (error) {
        return failure(error);
      }
    }
    case 'translate:availability': {
      try {
        const found = await storedServer(deps);
        if (!found.ok) return found;
        const availability = await found.engine.availability(request.source, request.target);
        return {
          ok: true,
          state: availability.state,
          route: availability.route,
          reason: availability.reason,
          label: engineStatusLabel(found.engine, availability),
        };
      } catch (error) {
        return failure(error);
      }
    }
    case 'translate:test': {
      // Only the options page tests an address the reader is typing; a content script cannot aim the worker.
      if (!sender.fromExtensionPage) return { ok: false, error: 'not allowed from a web page' };
      const blocked = await checkReachable(request.server, deps);
      if (blocked) return { ok: false, error: blocked };
      const label = `${serverLabel(request.engine)} ${request.server}`;
      // A fresh engine: "Test connection" must really ask the server, not a cache.
      forgetServerKinds();
      engines.delete(`${request.engine}\u0000${request.server}\u0000${request.apiKey ?? ''}\u0000${label}`);
      try {
        const engine = serverEngine(request.engine, request.server, request.apiKey ?? '', label);
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
      // The stored server, like every request a page's content script makes (review F4).
      try {
        const settings = await deps.settings();
        if (!settings.serverUrl) return { ok: false, error: 'no translation server is set in Options' };
        const blocked = await checkReachable(settings.serverUrl, deps);
        if (blocked) return { ok: false, error: blocked };
        return { ok: true, engine: await storedServerKind(settings) };
      } catch (error) {
        return failure(error);
      }
    }
    case 'summarize': {
      try {
        return { ok: true, ...summarizeCounted(request.input) };
      } catch (error) {
        return failure(error);
      }
    }
    default:
      return undefined;
  }
}
