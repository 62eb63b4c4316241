import { type Bar, measureBars, meterOf, type VoiceElement } from '../formats/abc/bar-lengths.js';

type Abcjs = typeof import('abcjs');
let abcjsModule: Promise<Abcjs> | undefined;
/** abcjs, loaded on first use (1 MB of code): never on chops' start path. */
export const loadAbcjs = () => {
  abcjsModule ??= import('abcjs').then(
    (module) => ((module as { default?: Abcjs }).default ?? module) as Abcjs,
  );
  return abcjsModule;
};

/** One sounding note: MIDI pitch (key signature and accidentals applied), start and length in whole notes. */
export interface PhraseNote {
  pitch: number;
  start: number;
  duration: number;
}

/** What a phrase in ABC is, as the drills and the musical conditions read it (the first voice). */
export interface Phrase {
  /** The metre as written, e.g. "4/4", or undefined without one. */
  meter?: string | undefined;
  /** The key: its tonic's pitch class (C = 0) and whether it is minor. */
  key: { tonic: number; minor: boolean; name: string };
  bars: Bar[];
  notes: PhraseNote[];
}

interface ParsedTune {
  lines: {
    staff?: {
      key?: { root?: string; acc?: string; mode?: string };
      meter?: { type?: string; value?: { num: string; den: string }[] };
      voices: VoiceElement[][];
    }[];
  }[];
  setUpAudio(): { tracks: { cmd: string; pitch?: number; start?: number; duration?: number }[][] };
}

const naturals: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** The pitch class of a key's tonic written as "Eb", "F#", "C". */
export function tonicPitchClass(root: string, accidental = ''): number {
  const base = naturals[root.toUpperCase()] ?? 0;
  const shift =
    accidental === 'b' || accidental === 'flat' ? -1 : accidental === '#' || accidental === 'sharp' ? 1 : 0;
  return (base + shift + 12) % 12;
}

/** The phrase of the first voice of an ABC tune: metre, key, bars and sounding notes. */
export async function readPhrase(abc: string): Promise<Phrase | undefined> {
  const abcjs = await loadAbcjs();
  const tune = abcjs.parseOnly(abc)[0] as unknown as ParsedTune | undefined;
  if (!tune) return undefined;
  const staves = tune.lines.flatMap((line) => (line.staff ? [line.staff[0]!] : []));
  const first = staves[0];
  if (!first) return undefined;
  const elements = staves.flatMap((staff) => staff.voices[0] ?? []);
  const keyField = first.key ?? {};
  const minor = /^m(in)?$/i.test(keyField.mode ?? '');
  const root = keyField.root ?? 'C';
  const accidental = keyField.acc ?? '';
  const meterLine = /^M:\s*(\S+)/m.exec(abc)?.[1];
  const audio = tune.setUpAudio();
  const notes = (audio.tracks[0] ?? [])
    .filter((event) => event.cmd === 'note' && event.pitch !== undefined)
    .map((event) => ({ pitch: event.pitch!, start: event.start ?? 0, duration: event.duration ?? 0 }));
  return {
    meter: meterLine === 'C' ? '4/4' : meterLine === 'C|' ? '2/2' : meterLine,
    key: { tonic: tonicPitchClass(root, accidental), minor, name: `${root}${accidental}${minor ? 'm' : ''}` },
    bars: measureBars(elements, abc, meterOf(first.meter)),
    notes,
  };
}
