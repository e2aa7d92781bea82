import { describe, expect, it } from 'vitest';
import {
  baseLanguage,
  createReadAloud,
  nextSpeed,
  pickVoice,
  type ReadAloudState,
  type SynthLike,
  type UtteranceLike,
  type VoiceLike,
} from '../../../src/ui/read-aloud';

class FakeUtterance implements UtteranceLike {
  lang = '';
  rate = 1;
  voice: VoiceLike | null = null;
  private listeners: Record<string, (() => void)[]> = {};
  constructor(public text: string) {}
  addEventListener(type: 'end' | 'error', listener: () => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  fire(type: 'end' | 'error'): void {
    for (const l of this.listeners[type] ?? []) l();
  }
}

/** A synthesizer that speaks nothing: it records, and the test ends utterances when it wants. */
class FakeSynth implements SynthLike<VoiceLike, FakeUtterance> {
  spoken: FakeUtterance[] = [];
  paused = false;
  log: string[] = [];
  private voicesChanged: (() => void)[] = [];
  constructor(public voices: VoiceLike[]) {}
  getVoices = (): VoiceLike[] => this.voices;
  speak(u: FakeUtterance): void {
    this.spoken.push(u);
    this.log.push(`speak:${u.text}`);
  }
  cancel(): void {
    this.log.push('cancel');
    // Like Chrome: cancelling ends the utterance being spoken.
    this.spoken.at(-1)?.fire('error');
  }
  pause(): void {
    this.paused = true;
    this.log.push('pause');
  }
  resume(): void {
    this.paused = false;
    this.log.push('resume');
  }
  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.voicesChanged.push(listener);
  }
  removeEventListener(): void {}
  listVoices(voices: VoiceLike[]): void {
    this.voices = voices;
    for (const l of this.voicesChanged) l();
  }
}

const FRENCH = { lang: 'fr-FR', name: 'Amélie' };
const ENGLISH = { lang: 'en-US', name: 'Samantha', default: true };

function setUp(voices: VoiceLike[], lang = 'fr', paragraphs = ['Titre', 'Premier paragraphe.', 'Second.']) {
  const synth = new FakeSynth(voices);
  const states: ReadAloudState[] = [];
  const marks: (number | null)[] = [];
  const reader = createReadAloud({
    synth: () => synth,
    makeUtterance: (text) => new FakeUtterance(text),
    paragraphs: () => paragraphs,
    lang: () => lang,
    onState: (s) => states.push(s),
    onParagraph: (i) => marks.push(i),
    wait: () => Promise.resolve(),
  });
  return { synth, states, marks, reader };
}

describe('pickVoice', () => {
  it("takes a voice of the article's language, the same region first, then the default", () => {
    const voices = [
      ENGLISH,
      { lang: 'fr-CA', name: 'Amélie CA' },
      FRENCH,
      { lang: 'fr-FR', name: 'Thomas', default: true },
    ];
    expect(pickVoice(voices, 'fr-FR')?.name).toBe('Thomas');
    expect(pickVoice(voices, 'fr-CA')?.name).toBe('Amélie CA');
    expect(pickVoice(voices, 'fr')?.lang).toMatch(/^fr/);
    expect(pickVoice([{ lang: 'zh_CN', name: 'Tingting' }], 'zh')?.name).toBe('Tingting');
  });

  it('returns null rather than a voice of another language', () => {
    expect(pickVoice([ENGLISH], 'fr')).toBeNull();
    expect(pickVoice([ENGLISH], '')).toBeNull();
  });

  it('baseLanguage and nextSpeed', () => {
    expect(baseLanguage('pt_BR')).toBe('pt');
    expect(nextSpeed(1)).toBe(1.25);
    expect(nextSpeed(2)).toBe(0.75);
    expect(nextSpeed(3)).toBe(0.75);
  });
});

describe('createReadAloud', () => {
  it('reads paragraph after paragraph with the chosen voice, marking each, then stops', async () => {
    const { synth, states, marks, reader } = setUp([ENGLISH, FRENCH]);
    await reader.play();
    expect(reader.state()).toBe('playing');
    expect(synth.spoken.map((u) => [u.text, u.voice?.name, u.lang])).toEqual([['Titre', 'Amélie', 'fr-FR']]);
    synth.spoken[0]!.fire('end');
    synth.spoken[1]!.fire('end');
    expect(marks).toEqual([0, 1, 2]);
    synth.spoken[2]!.fire('end');
    expect(reader.state()).toBe('idle');
    expect(marks.at(-1)).toBeNull();
    expect(states).toEqual(['loading', 'playing', 'idle']);
  });

  it('says there is no voice instead of reading with another language', async () => {
    const { synth, reader } = setUp([ENGLISH]);
    await reader.play();
    expect(reader.state()).toBe('no-voice');
    expect(synth.spoken).toEqual([]);
  });

  it('waits for the browser to list its voices', async () => {
    const synth = new FakeSynth([]);
    const reader = createReadAloud({
      synth: () => synth,
      makeUtterance: (text) => new FakeUtterance(text),
      paragraphs: () => ['Un.'],
      lang: () => 'fr',
      onState: () => undefined,
      onParagraph: () => undefined,
      wait: () => new Promise(() => undefined), // never: only voiceschanged can answer
    });
    const playing = reader.play();
    expect(reader.state()).toBe('loading');
    synth.listVoices([FRENCH]);
    await playing;
    expect(reader.state()).toBe('playing');
  });

  it('pauses and resumes the synthesizer', async () => {
    const { synth, reader } = setUp([FRENCH]);
    await reader.play();
    reader.pause();
    expect([reader.state(), synth.paused]).toEqual(['paused', true]);
    await reader.play(); // the same button resumes
    expect([reader.state(), synth.paused]).toEqual(['playing', false]);
  });

  it('a new speed restarts the current paragraph at that rate; old events are ignored', async () => {
    const { synth, reader } = setUp([FRENCH]);
    await reader.play();
    synth.spoken[0]!.fire('end');
    reader.setSpeed(1.5);
    const last = synth.spoken.at(-1)!;
    expect([last.text, last.rate]).toEqual(['Premier paragraphe.', 1.5]);
    // The cancelled utterance's late "end" does not skip a paragraph.
    synth.spoken[1]!.fire('end');
    expect(synth.spoken.at(-1)).toBe(last);
  });

  it('stop cancels speech (closing the reader), also when paused, and is harmless when idle', async () => {
    const { synth, reader, marks } = setUp([FRENCH]);
    reader.stop();
    expect(synth.log).toEqual([]);
    await reader.play();
    reader.pause();
    reader.stop();
    expect(reader.state()).toBe('idle');
    expect(synth.log.slice(-2)).toEqual(['cancel', 'resume']);
    expect(marks.at(-1)).toBeNull();
    expect(synth.spoken).toHaveLength(1);
  });

  it('reports a browser without speech synthesis', async () => {
    const reader = createReadAloud({
      synth: () => null,
      makeUtterance: (text) => new FakeUtterance(text),
      paragraphs: () => [],
      lang: () => 'en',
      onState: () => undefined,
      onParagraph: () => undefined,
    });
    await reader.play();
    expect(reader.state()).toBe('unsupported');
  });
});
