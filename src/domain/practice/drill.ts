import { UserInputError } from '../errors/index.js';
import type { Card } from './card.js';
import { drillMasteryShare } from './drill-cell.js';

/** The twelve major keys, spelled as jazz charts spell them, in the order of the circle of fourths. */
export const twelveKeys = ['C', 'F', 'Bb', 'Eb', 'Ab', 'Db', 'Gb', 'B', 'E', 'A', 'D', 'G'] as const;

const naturals: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
const keyPattern = /^([A-G])([#b]?)(m?)$/;

/** The pitch class (C = 0) of a key's tonic and whether it is minor: "Eb" → 3, "F#m" → 6 minor. */
export function keyTonic(key: string): { tonic: number; minor: boolean } {
  const match = keyPattern.exec(key);
  if (!match) throw new UserInputError(`"${key}" is not a key: write C, F#, Bb or Am, Ebm`);
  const shift = match[2] === '#' ? 1 : match[2] === 'b' ? -1 : 0;
  return { tonic: (naturals[match[1]!]! + shift + 12) % 12, minor: match[3] === 'm' };
}

/**
 * The keys of a drill from what a person typed: "all" (the twelve, in the phrase's mode), or a comma
 * list such as "C,F,Bb". The phrase's own key comes first when it is among them.
 */
export function parseKeys(text: string, phraseKey: string): string[] {
  const minor = keyTonic(phraseKey).minor;
  const keys =
    text.trim().toLowerCase() === 'all'
      ? twelveKeys.map((key) => (minor ? `${key}m` : key))
      : text
          .split(',')
          .map((key) => key.trim())
          .filter(Boolean);
  if (keys.length === 0) throw new UserInputError('name at least one key, e.g. --keys C,F,Bb (or all)');
  if (keys.length > 24) throw new UserInputError('a drill has at most 24 keys');
  const seen = new Set<string>();
  const unique = keys.filter((key) => {
    const { tonic, minor: isMinor } = keyTonic(key);
    if (isMinor !== minor)
      throw new UserInputError(
        `the phrase is in ${phraseKey}: drill it in ${minor ? 'minor' : 'major'} keys (not ${key})`,
      );
    if (seen.has(String(tonic))) return false;
    seen.add(String(tonic));
    return true;
  });
  const own = unique.findIndex((key) => keyTonic(key).tonic === keyTonic(phraseKey).tonic);
  return own > 0 ? [unique[own]!, ...unique.filter((_, i) => i !== own)] : unique;
}

/** A tempo ladder from "60,80,100" or "60-120/20" (from 60 to 120 by 20), slowest first. */
export function parseTempos(text: string): number[] {
  const range = /^\s*(\d+)\s*-\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const tempos = range
    ? Array.from(
        { length: Math.floor((Number(range[2]) - Number(range[1])) / Math.max(1, Number(range[3]))) + 1 },
        (_, i) => Number(range[1]) + i * Number(range[3]),
      )
    : text.split(',').map((tempo) => Number(tempo.trim()));
  if (tempos.length === 0 || tempos.some((tempo) => !Number.isInteger(tempo) || tempo < 20 || tempo > 400))
    throw new UserInputError('tempos are whole beats per minute from 20 to 400, e.g. 60,80,100 or 60-120/20');
  if (tempos.length > 12) throw new UserInputError('a tempo ladder has at most 12 rungs');
  return [...new Set(tempos)].sort((a, b) => a - b);
}

/** Semitones to move a phrase from one key to another: the nearest way, up to a tritone up or down. */
export function semitonesBetween(from: string, to: string): number {
  const steps = (keyTonic(to).tonic - keyTonic(from).tonic + 12) % 12;
  return steps > 6 ? steps - 12 : steps;
}

/** How a drill stands: each cell's key, tempo and whether it is mastered. */
export function drillProgress(
  cells: readonly Pick<Card, 'drill' | 'memory' | 'suspended'>[],
  masteryDays: number,
): { cells: number; mastered: number; needed: number; done: boolean } {
  const active = cells.filter((card) => card.drill && !card.suspended);
  const mastered = active.filter((card) => card.memory.stability >= masteryDays).length;
  const needed = Math.ceil(active.length * drillMasteryShare);
  return { cells: active.length, mastered, needed, done: active.length > 0 && mastered >= needed };
}
