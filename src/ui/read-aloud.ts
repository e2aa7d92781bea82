/**
 * Read aloud: the logic behind the reader view's "Listen" control, apart from the DOM so it can be tested
 * with a fake synthesizer. One utterance per paragraph (long utterances stall in Chrome after ~15 s, and
 * per paragraph is what lets us highlight where we are). A voice must speak the article's language; when
 * none does, we say so rather than read French text with an English voice.
 *
 *   play ─► pick voice (waits for `voiceschanged` once) ─► none: 'no-voice'
 *        ─► speak paragraph i ─► end ─► i + 1 … ─► last ends: 'idle'
 *   pause / resume ─► synth.pause / synth.resume      speed ─► restart the current paragraph at the new rate
 *   stop (close) ─► synth.cancel, 'idle'
 */

/** What we need of a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

/** What we need of a SpeechSynthesisUtterance. */
export interface UtteranceLike<V extends VoiceLike = VoiceLike> {
  text: string;
  lang: string;
  rate: number;
  voice: V | null;
  addEventListener(type: 'end' | 'error', listener: () => void): void;
}

/** What we need of window.speechSynthesis. */
export interface SynthLike<V extends VoiceLike = VoiceLike, U extends UtteranceLike<V> = UtteranceLike<V>> {
  getVoices(): V[];
  speak(utterance: U): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export type ReadAloudState = 'idle' | 'loading' | 'playing' | 'paused' | 'no-voice' | 'unsupported';

/** Speeds offered, slowest first; 1 is the voice's own pace. */
export const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;
export type Speed = (typeof SPEEDS)[number];
/** How long to wait for the browser to list its voices (Chrome fills the list after the first ask). */
const VOICES_WAIT_MS = 1500;

/** The base language of a tag, lowercased: 'fr-FR' → 'fr', 'zh_CN' → 'zh'. */
export function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Pure: the voice to read `lang` with, or null when none speaks it. Same region first ('pt-BR' for
 * 'pt-BR'), then any voice of the language; among equals, the browser's default, then an on-device one.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const base = baseLanguage(lang);
  if (!base) return null;
  const wanted = lang.trim().toLowerCase().replace('_', '-');
  const score = (voice: V): number => {
    const tag = voice.lang.toLowerCase().replace('_', '-');
    if (baseLanguage(tag) !== base) return -1;
    return (tag === wanted ? 4 : 0) + (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
  };
  let best: V | null = null;
  let bestScore = -1;
  for (const voice of voices) {
    const s = score(voice);
    if (s > bestScore) [best, bestScore] = [voice, s];
  }
  return best;
}

/** Pure: the next speed in the cycle the speed button steps through. */
export function nextSpeed(current: number): Speed {
  const index = SPEEDS.findIndex((s) => s === current);
  return SPEEDS[(index + 1) % SPEEDS.length] ?? 1;
}

export interface ReadAloudOptions<V extends VoiceLike, U extends UtteranceLike<V>> {
  /** The synthesizer, looked up when reading starts (null: the browser has none). */
  synth(): SynthLike<V, U> | null;
  makeUtterance(text: string): U;
  /** The paragraphs to read, in order (read when playing starts, so a translation is read translated). */
  paragraphs(): string[];
  /** The language they are in (the article's, or the translation's). */
  lang(): string;
  onState(state: ReadAloudState): void;
  /** The paragraph being read, or null when reading stopped. */
  onParagraph(index: number | null): void;
  wait?(ms: number): Promise<void>;
}

export interface ReadAloud {
  play(): Promise<void>;
  pause(): void;
  resume(): void;
  stop(): void;
  setSpeed(speed: number): void;
  state(): ReadAloudState;
  speed(): number;
}

export function createReadAloud<V extends VoiceLike, U extends UtteranceLike<V>>(
  options: ReadAloudOptions<V, U>,
): ReadAloud {
  let state: ReadAloudState = 'idle';
  let speed = 1;
  let index = 0;
  let texts: string[] = [];
  let voice: V | null = null;
  let synth: SynthLike<V, U> | null = null;
  // Cancelling fires end/error on the utterance it stops: events of older utterances are ignored.
  let generation = 0;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  const set = (next: ReadAloudState): void => {
    state = next;
    options.onState(next);
  };

  const speakCurrent = (): void => {
    const text = texts[index];
    if (!synth || text === undefined) return finish();
    const mine = ++generation;
    const utterance = options.makeUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice?.lang ?? options.lang();
    utterance.rate = speed;
    const next = (): void => {
      if (mine !== generation) return;
      index++;
      speakCurrent();
    };
    utterance.addEventListener('end', next);
    utterance.addEventListener('error', next);
    options.onParagraph(index);
    synth.speak(utterance);
  };

  const finish = (): void => {
    generation++;
    index = 0;
    options.onParagraph(null);
    set('idle');
  };

  async function voicesFor(s: SynthLike<V, U>): Promise<V[]> {
    const now = s.getVoices();
    if (now.length || !s.addEventListener) return now;
    let changed: () => void = () => undefined;
    await Promise.race([
      new Promise<void>((resolve) => {
        changed = resolve;
        s.addEventListener?.('voiceschanged', changed);
      }),
      wait(VOICES_WAIT_MS),
    ]);
    s.removeEventListener?.('voiceschanged', changed);
    return s.getVoices();
  }

  return {
    async play() {
      if (state === 'playing' || state === 'loading') return;
      if (state === 'paused') return this.resume();
      synth = options.synth();
      if (!synth) return set('unsupported');
      set('loading');
      const lang = options.lang();
      voice = pickVoice(await voicesFor(synth), lang);
      if ((state as ReadAloudState) !== 'loading') return; // stopped while waiting (TS cannot see it change)
      if (!voice) return set('no-voice');
      texts = options.paragraphs().filter((t) => t.trim());
      index = 0;
      set('playing');
      // Another page's speech, or ours from before; a cancelled synthesizer can stay paused in Chrome.
      synth.cancel();
      synth.resume();
      speakCurrent();
    },
    pause() {
      if (state !== 'playing' || !synth) return;
      synth.pause();
      set('paused');
    },
    resume() {
      if (state !== 'paused' || !synth) return;
      synth.resume();
      set('playing');
    },
    stop() {
      if (state === 'idle' || state === 'no-voice' || state === 'unsupported') return;
      const wasPaused = state === 'paused';
      generation++;
      if (state !== 'loading') synth?.cancel();
      if (wasPaused) synth?.resume();
      finish();
    },
    setSpeed(next) {
      speed = next;
      // Applies from the current paragraph on: the rate of an utterance cannot change while it is spoken.
      if (state === 'playing' && synth) {
        generation++;
        synth.cancel();
        speakCurrent();
      }
    },
    state: () => state,
    speed: () => speed,
  };
}
