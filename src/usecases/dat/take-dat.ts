import { type DatRecord, type DatResult, scoreDat } from '../../domain/dat.js';
import { UserInputError } from '../../domain/errors/index.js';
import type { DatDeps } from './dat-deps.js';

/** Longest list accepted: the task asks for ten words, so anything longer is a mistake. */
export const MAX_DAT_LIST_CHARACTERS = 2000;

/** A taken task: the scoring, and the record kept when there was a score. */
export interface TakenDat {
  result: DatResult;
  record: DatRecord | undefined;
}

/** The entries of a comma-separated list, trimmed, empty ones dropped. */
export function splitDatList(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * Checks that `entries` can be a DAT answer at all; throws UserInputError when it is empty or far
 * longer than ten words.
 */
function assertDatEntries(entries: readonly string[]): void {
  if (entries.length === 0) throw new UserInputError('no words given: name 10 nouns, separated by commas');
  const length = entries.reduce((sum, entry) => sum + entry.length + 1, 0);
  if (length > MAX_DAT_LIST_CHARACTERS) {
    throw new UserInputError(
      `the list is ${length} characters long; the task takes 10 words (at most ${MAX_DAT_LIST_CHARACTERS} characters)`,
    );
  }
}

/**
 * Scores the person's own answer and keeps it when it has a score (7 or more valid words); an
 * answer without a score is not kept. The person's own words only: no model is involved.
 */
export function takeDat(entries: readonly string[], deps: DatDeps): TakenDat {
  assertDatEntries(entries);
  const result = scoreDat(entries, deps.lexicon);
  if (result.score === undefined) return { result, record: undefined };
  const record: DatRecord = {
    id: deps.generateId(),
    words: [...entries],
    valid: result.valid,
    score: result.score,
    takenAt: deps.clock.now(),
  };
  deps.store.insertDatScore(record);
  return { result, record };
}

/** The person's scores, oldest first. */
export function datHistory(deps: Pick<DatDeps, 'store'>): DatRecord[] {
  return deps.store.listDatScores();
}
