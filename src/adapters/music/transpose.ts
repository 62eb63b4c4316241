import type { PhraseTransposer } from '../../domain/ports/phrase-transposer.js';
import { loadAbcjs, readPhrase } from './abc-phrase.js';

/** The beat the tempo counts for a metre: a dotted quarter in 6/8, 9/8, 12/8; else the metre's note. */
function beatOf(meter: string | undefined): string {
  const [num, den] = (meter ?? '4/4').split('/').map(Number);
  if (den === 8 && num !== undefined && num % 3 === 0 && num > 3) return '3/8';
  return `1/${den ?? 4}`;
}

/** The phrase with one Q: line for `bpm`, replacing any it had, just before the K: line. */
export function withTempo(abc: string, bpm: number): string {
  const lines = abc
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !/^Q:/.test(line.trim()));
  const meter = /^M:\s*(\S+)/m.exec(abc)?.[1];
  const q = `Q:${beatOf(meter === 'C' ? '4/4' : meter === 'C|' ? '2/2' : meter)}=${bpm}`;
  const keyLine = lines.findIndex((line) => /^K:/.test(line.trim()));
  if (keyLine < 0) return [q, ...lines].join('\n');
  return [...lines.slice(0, keyLine), q, ...lines.slice(keyLine)].join('\n');
}

/**
 * Transposition by abcjs (`strTranspose`: it rewrites the key signature, the notes with their
 * accidentals and the chord symbols), and tempo by rewriting the Q: field.
 */
export function createPhraseTransposer(): PhraseTransposer {
  return {
    async keyOf(abc) {
      if (!/^\s*K:/m.test(abc)) return undefined;
      return (await readPhrase(abc))?.key.name;
    },
    async transpose(abc, semitones) {
      if (semitones === 0) return abc;
      const abcjs = await loadAbcjs();
      return abcjs.strTranspose(abc, abcjs.parseOnly(abc), semitones);
    },
    withTempo,
  };
}
