import { DAT_WORDS_ASKED, DAT_WORDS_SCORED, type DatRecord, type DatResult } from '../../domain/dat.js';
import { DAT_CALIBRATION, DAT_NORMS, datStanding } from '../../usecases/dat/dat-norms.js';
import { DAT_INSTRUCTIONS, datOrientation, describeDatReason } from '../../usecases/dat/dat-text.js';
import type { TakenDat } from '../../usecases/dat/take-dat.js';

/** The JSON of one scored DAT list; scores to 4 decimals, as the published data gives them. */
export function datResultJson(result: DatResult, id?: string) {
  const score = result.score === undefined ? null : round(result.score);
  const standing = result.score === undefined ? undefined : datStanding(result.score);
  return {
    ...(id ? { id } : {}),
    score,
    valid: result.valid,
    invalid: result.invalid,
    unused: result.unused,
    notNouns: result.notNouns,
    ...(standing
      ? {
          publishedScale: round(standing.publishedScale),
          percentile: Math.round(standing.percentile * 10) / 10,
        }
      : {}),
  };
}

/**
 * One DAT taken, as `chops dat --words --json` prints it and POST /api/dat answers: the scored list, each
 * word that did not count with why in words, where the score stands, and whether it was kept. A list
 * without a score is an answer too (it says which words did not count), but nothing is kept.
 */
export function datTakenJson({ result, record }: TakenDat) {
  const json = datResultJson(result, record?.id);
  return {
    ...json,
    invalid: json.invalid.map((entry) => ({ ...entry, explanation: describeDatReason(entry.reason) })),
    orientation: result.score === undefined ? [] : datOrientation(result.score),
    kept: record !== undefined,
  };
}

/** The DAT page (GET /api/dat): the instructions, the person's scores, and a norm line to read them by. */
export function datPageJson(history: readonly DatRecord[]) {
  return {
    instructions: DAT_INSTRUCTIONS,
    wordsAsked: DAT_WORDS_ASKED,
    wordsScored: DAT_WORDS_SCORED,
    history: history.map(datRecordJson),
    // The published mean as chops' own vectors score it, for a norm line beside the person's scores.
    norm: { typical: DAT_CALIBRATION.chopsMean, source: DAT_NORMS.source },
  };
}

/** One kept DAT score, as `chops dat --history --json` lists it. */
export function datRecordJson(record: DatRecord) {
  return { ...record, score: round(record.score), takenAt: record.takenAt.toISOString() };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
