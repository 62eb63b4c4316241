import type { MusicCondition } from '../../domain/practice/card-check.js';
import { type Phrase, readPhrase, tonicPitchClass } from './abc-phrase.js';

const major = [0, 2, 4, 5, 7, 9, 11];
const naturalMinor = [0, 2, 3, 5, 7, 8, 10];
const names = ['C', 'C#/Db', 'D', 'D#/Eb', 'E', 'F', 'F#/Gb', 'G', 'G#/Ab', 'A', 'A#/Bb', 'B'];
const ordinals = ['', 'tonic', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

/** A key written as in a condition ("Bb", "F#m"): tonic pitch class and mode. */
function parseKey(key: string): { tonic: number; minor: boolean } {
  const match = /^([A-G])([#b]?)(m|min|maj)?$/.exec(key);
  return {
    tonic: tonicPitchClass(match?.[1] ?? 'C', match?.[2] ?? ''),
    minor: /^m(in)?$/.test(match?.[3] ?? ''),
  };
}

/** The pitch class of a scale degree (1-7) of a key. */
function degreePitchClass(key: { tonic: number; minor: boolean }, degree: number): number {
  return (key.tonic + (key.minor ? naturalMinor : major)[degree - 1]!) % 12;
}

/**
 * An answer typed as bare notes ("CDEG|c4|") gets the header the condition implies, so that a person
 * can answer with the music only. An answer with its own K: line is checked as written.
 */
export function completeAnswer(answer: string, condition: MusicCondition): string {
  if (/^\s*K:/m.test(answer)) return /^\s*X:/m.test(answer) ? answer : `X:1\n${answer}`;
  return ['X:1', `M:${condition.meter ?? '4/4'}`, 'L:1/8', `K:${condition.key ?? 'C'}`, answer.trim()].join(
    '\n',
  );
}

/** The ways the phrase misses the condition, one line each; empty when it meets it. */
export async function conditionProblems(abc: string, condition: MusicCondition): Promise<string[]> {
  const phrase = await readPhrase(abc);
  if (!phrase || phrase.notes.length === 0) return ['the answer has no notes'];
  return phraseProblems(phrase, condition);
}

function phraseProblems(phrase: Phrase, condition: MusicCondition): string[] {
  const problems: string[] = [];
  if (condition.meter && phrase.meter !== condition.meter)
    problems.push(`the metre is ${phrase.meter ?? 'not given'}, not ${condition.meter}`);
  const key = condition.key ? parseKey(condition.key) : phrase.key;
  if (condition.key && (phrase.key.tonic !== key.tonic || phrase.key.minor !== key.minor))
    problems.push(`the key is ${phrase.key.name}, not ${condition.key}`);
  if (condition.bars !== undefined) {
    const full = phrase.bars.filter((bar) => Math.abs(bar.length - bar.expected) < 1e-6).length;
    if (full !== condition.bars || phrase.bars.length !== condition.bars)
      problems.push(
        `it has ${phrase.bars.length} ${phrase.bars.length === 1 ? 'bar' : 'bars'} (${full} full), not ${condition.bars} full`,
      );
  }
  const degreeCheck = (which: 'first' | 'last', degree: number | undefined) => {
    if (degree === undefined) return;
    const note = which === 'first' ? phrase.notes[0]! : lastNote(phrase);
    const wanted = degreePitchClass(key, degree);
    if (note.pitch % 12 !== wanted)
      problems.push(
        `the ${which} note is ${names[note.pitch % 12]}, not the ${ordinals[degree]} (${names[wanted]})`,
      );
  };
  degreeCheck('first', condition.startsOn);
  degreeCheck('last', condition.endsOn);
  return problems;
}

// The last note to start: in a chord, the top note is the one heard as the melody.
function lastNote(phrase: Phrase) {
  const start = Math.max(...phrase.notes.map((note) => note.start));
  return phrase.notes.filter((note) => note.start === start).sort((a, b) => b.pitch - a.pitch)[0]!;
}
