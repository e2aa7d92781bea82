// Chrome's built-in Summarizer API (Gemini Nano, Chrome 138+), used as an optional upgrade over the
// local extractive summarizer. Everything runs on the device. Reference:
// https://developer.chrome.com/docs/ai/summarizer-api
// Note from those docs: while the model is 'downloadable' or 'downloading', create() needs a user
// gesture (transient activation), so call this from a click handler in that case.
import { baseLanguage } from './stopwords';

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface DownloadProgressEvent extends Event {
  /** Fraction downloaded, 0 to 1. */
  loaded: number;
}

interface CreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEvent) => void): void;
}

interface SummarizerOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'markdown' | 'plain-text';
  length: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

interface SummarizerCreateOptions extends SummarizerOptions {
  signal?: AbortSignal;
  monitor?: (monitor: CreateMonitor) => void;
}

interface SummarizerSession {
  summarize(input: string, options?: { signal?: AbortSignal; context?: string }): Promise<string>;
  destroy(): void;
  readonly inputQuota?: number;
  measureInputUsage?(input: string): Promise<number>;
}

/** The global `Summarizer` class, as far as this module uses it. */
export interface SummarizerApi {
  availability(options?: SummarizerOptions): Promise<Availability>;
  create(options?: SummarizerCreateOptions): Promise<SummarizerSession>;
}

export interface ChromeSummarizeOptions {
  /** Language of the article (BCP 47); the summary is asked in the same language. */
  lang: string;
  signal?: AbortSignal;
  /** Model download progress, 0 to 1, when the model is not on the device yet. */
  onProgress?: (loaded: number) => void;
}

const SHARED_CONTEXT = 'A news article about cryptocurrency markets, for a reader who wants its main facts.';

function summarizerApi(): SummarizerApi | null {
  const api = (globalThis as { Summarizer?: SummarizerApi }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : null;
}

/**
 * Splits the model's markdown (or plain-text) list into points: bullet and number markers,
 * emphasis and headings removed, wrapped lines joined to their bullet.
 */
export function parseKeyPointList(output: string): string[] {
  const points: string[] = [];
  let current: string | null = null;
  let fromBullet = false;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      if (current !== null) points.push(current);
      current = null;
      continue;
    }
    if (/^#{1,6}\s/.test(line)) continue;
    const bullet = /^(?:[*\-•‣◦+]|\d{1,2}[.)])\s+(.*)$/u.exec(line);
    if (bullet) {
      if (current !== null) points.push(current);
      current = bullet[1] ?? '';
      fromBullet = true;
    } else if (current !== null && fromBullet) {
      current = `${current} ${line}`;
    } else {
      // Plain text without bullets: one line, one point.
      if (current !== null) points.push(current);
      current = line;
      fromBullet = false;
    }
  }
  if (current !== null) points.push(current);
  return points
    .map((p) =>
      p
        .replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2')
        .replace(/(^|\s)[*_](\S.*?\S|\S)[*_](?=\s|[.,;:!?]|$)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

/** Cuts the text to the session's input quota, at a paragraph boundary when it can. */
async function fitToQuota(session: SummarizerSession, text: string): Promise<string> {
  const quota = session.inputQuota;
  if (!quota || !Number.isFinite(quota) || typeof session.measureInputUsage !== 'function') return text;
  let input = text;
  for (let attempt = 0; attempt < 4; attempt++) {
    const usage = await session.measureInputUsage(input);
    if (usage <= quota) return input;
    const keep = Math.floor(input.length * (quota / usage) * 0.9);
    const cut = input.lastIndexOf('\n', keep);
    input = input.slice(0, cut > keep / 2 ? cut : keep);
  }
  return input;
}

/**
 * Key points of `text` from Chrome's on-device Summarizer, or null when the API is missing,
 * unavailable for this language or device, or fails in any way (the caller then falls back to
 * the local summarizer, silently).
 */
export async function summarizeWithChrome(
  text: string,
  opts: ChromeSummarizeOptions,
): Promise<string[] | null> {
  const api = summarizerApi();
  if (!api || !text.trim() || opts.signal?.aborted) return null;
  const lang = baseLanguage(opts.lang) || 'en';
  const options: SummarizerOptions = {
    type: 'key-points',
    format: 'markdown',
    length: 'medium',
    sharedContext: SHARED_CONTEXT,
    expectedInputLanguages: [lang],
    outputLanguage: lang,
  };
  let session: SummarizerSession | null = null;
  try {
    const availability = await api.availability(options);
    if (availability !== 'available' && availability !== 'downloadable' && availability !== 'downloading') {
      return null;
    }
    const { onProgress } = opts;
    const monitor =
      availability !== 'available' && onProgress
        ? (m: CreateMonitor) => m.addEventListener('downloadprogress', (e) => onProgress(e.loaded))
        : undefined;
    session = await api.create({ ...options, signal: opts.signal, ...(monitor ? { monitor } : {}) });
    const output = await session.summarize(await fitToQuota(session, text), { signal: opts.signal });
    const points = parseKeyPointList(output);
    return points.length > 0 ? points : null;
  } catch {
    return null;
  } finally {
    try {
      session?.destroy();
    } catch {
      // A session that failed half-way may refuse to be destroyed; nothing is left to free.
    }
  }
}
