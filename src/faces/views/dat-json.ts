import type { DatRecord, DatResult } from '../../domain/dat.js';
import { datStanding } from '../../usecases/dat/dat-norms.js';

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

/** One kept DAT score, as `chops dat --history --json` lists it. */
export function datRecordJson(record: DatRecord) {
  return { ...record, score: round(record.score), takenAt: record.takenAt.toISOString() };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
