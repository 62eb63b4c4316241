import { describe, expect, it } from 'vitest';
import { semitonesBetween, twelveKeys } from '../../domain/practice/drill.js';
import { createAbcChecker } from '../formats/abc/abc-checker.js';
import { loadAbcjs, readPhrase } from './abc-phrase.js';
import { createPhraseTransposer, withTempo } from './transpose.js';

// A bebop ii-V-I line in F, as a strong model writes a trick's example: a pickup, chromatic passing
// tones, a triplet, a tie, chord symbols and an explicit natural.
const lick = `X:1
T:ii-V-I enclosure
M:4/4
L:1/8
K:F
"Gm7"z2 (3Bcd ^cd fe | "C7"_e=B c_A G2 z G- | "Fmaj7"G2 FE F4 |]`;

const transposer = createPhraseTransposer();
const intervals = (pitches: number[]) => pitches.slice(1).map((pitch, i) => pitch - pitches[i]!);

describe('transposing a phrase', () => {
  it('moves it through all twelve keys keeping every bar length and every interval', async () => {
    const original = (await readPhrase(lick))!;
    expect(original.key).toMatchObject({ tonic: 5, minor: false });
    expect(original.bars.map((bar) => bar.length)).toEqual([1, 1, 1]);
    const checker = createAbcChecker();
    for (const key of twelveKeys) {
      const steps = semitonesBetween('F', key);
      const moved = await transposer.transpose(lick, steps);
      const phrase = (await readPhrase(moved))!;
      expect([key, phrase.key.tonic]).toEqual([key, (5 + steps + 12) % 12]);
      expect(phrase.bars.map((bar) => bar.length)).toEqual(original.bars.map((bar) => bar.length));
      expect(phrase.notes.map((note) => note.duration)).toEqual(original.notes.map((note) => note.duration));
      expect(intervals(phrase.notes.map((note) => note.pitch))).toEqual(
        intervals(original.notes.map((note) => note.pitch)),
      );
      expect(phrase.notes[0]!.pitch - original.notes[0]!.pitch).toBe(steps);
      expect((await checker.check(moved)).problems).toEqual([]);
    }
  });

  it('reads the key of a phrase, and takes the nearest way to a key', async () => {
    expect(await transposer.keyOf(lick)).toBe('F');
    expect(await transposer.keyOf('X:1\nM:3/4\nK:Ebm\nE F G|')).toBe('Ebm');
    expect(await transposer.keyOf('CDEF|')).toBeUndefined();
    expect(semitonesBetween('F', 'Bb')).toBe(5);
    expect(semitonesBetween('F', 'E')).toBe(-1);
    expect(semitonesBetween('C', 'Gb')).toBe(6);
  });

  it('sets the tempo in the metre’s beat, replacing the one written', async () => {
    expect(withTempo('X:1\nM:6/8\nQ:1/4=200\nK:D\nDFA dAF|', 72)).toBe('X:1\nM:6/8\nQ:3/8=72\nK:D\nDFA dAF|');
    // The web app plays a tune at abcjs' millisecondsPerMeasure, which reads Q:: 4/4 at ♩=80 is 3 s a bar.
    const abcjs = await loadAbcjs();
    expect(abcjs.parseOnly(withTempo(lick, 80))[0]!.millisecondsPerMeasure()).toBeCloseTo(3000, 6);
    expect(
      abcjs.parseOnly(withTempo('X:1\nM:6/8\nL:1/8\nK:D\nDFA dAF|', 60))[0]!.millisecondsPerMeasure(),
    ).toBeCloseTo(2000, 6);
    const fast = withTempo(lick, 160);
    expect(fast).toContain('Q:1/4=160\nK:F');
    expect((await readPhrase(fast))!.notes).toEqual((await readPhrase(lick))!.notes);
  });
});
