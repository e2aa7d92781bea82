// A tiny LibreTranslate stand-in following its documented API (POST /translate, GET /languages), recording
// every request so tests can assert its shape. LibreTranslate itself cannot be installed here.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from './close-server';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface LibreLanguageEntry {
  code: string;
  name: string;
  targets: string[];
}

export interface LibreTranslateMockOptions {
  languages?: LibreLanguageEntry[];
  /** Required key; requests without it get 403 like a real server started with --api-keys. */
  apiKey?: string;
  /** Translation of one q entry; default tags every text run with the target, keeping markup. */
  translate?: (q: string, source: string, target: string, format: string) => string;
  /** Overrides the whole answer for a path (e.g. to send 500 or broken JSON). */
  respond?: (req: RecordedRequest, res: ServerResponse) => boolean;
}

export interface LibreTranslateMock {
  url: string;
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

export const DEFAULT_LANGUAGES: LibreLanguageEntry[] = [
  { code: 'en', name: 'English', targets: ['en', 'es', 'fr', 'de', 'ru', 'zh-Hans'] },
  { code: 'fr', name: 'French', targets: ['en', 'es', 'fr', 'de'] },
  { code: 'es', name: 'Spanish', targets: ['en', 'es', 'fr'] },
  { code: 'de', name: 'German', targets: ['en', 'fr'] },
  { code: 'zh-Hans', name: 'Chinese (Simplified)', targets: ['en'] },
];

/** Marks each text run "[target] text" so tests see what was translated and that tags were kept. */
export function markRuns(q: string, _source: string, target: string): string {
  return q.replace(
    /(^|>)(\s*)([^<]*\p{L}[^<]*?)(\s*)(?=<|$)/gu,
    (_m, tag: string, lead: string, text: string, trail: string) =>
      `${tag}${lead}[${target}] ${text}${trail}`,
  );
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLibreTranslateMock(
  options: LibreTranslateMockOptions = {},
): Promise<LibreTranslateMock> {
  const requests: RecordedRequest[] = [];
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const translate = options.translate ?? markRuns;

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      let body: unknown = raw;
      if ((req.headers['content-type'] ?? '').includes('application/json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path, body };
      requests.push(recorded);
      if (options.respond?.(recorded, res)) return;

      if (req.method === 'GET' && path === '/languages') return send(res, 200, languages);
      if (req.method === 'POST' && path === '/translate') {
        const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
        if (options.apiKey && b['api_key'] !== options.apiKey) {
          return send(res, 403, { error: 'Invalid API key' });
        }
        const { q, source, target } = b;
        const format = typeof b['format'] === 'string' ? b['format'] : 'text';
        if (typeof source !== 'string' || typeof target !== 'string' || q === undefined) {
          return send(res, 400, { error: 'Invalid request: missing q, source or target parameter' });
        }
        const from = languages.find((l) => l.code === source);
        if (!from || !from.targets.includes(target)) {
          return send(res, 400, { error: `${source} is not supported to ${target}` });
        }
        const one = (text: unknown) => translate(String(text), source, target, format);
        return send(res, 200, { translatedText: Array.isArray(q) ? q.map(one) : one(q) });
      }
      send(res, 404, { error: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => closeServer(server),
  };
}
