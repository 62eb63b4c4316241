import { AUT_DEFAULT_MINUTES, type AutRecord, type AutResult } from '../../domain/aut.js';
import { ORIGINALITY_SCALE } from '../../domain/originality/originality-norms.js';

/** The scale every originality in chops's JSON is on. */
export const ORIGINALITY_SCALE_TEXT = `predicted mean human rating, ${ORIGINALITY_SCALE.min} (common) to ${ORIGINALITY_SCALE.max} (highly original), on the Ocsai scale`;

/** One scored AUT answer. */
export function autResultJson(result: AutResult, id?: string) {
  return {
    ...(id ? { id } : {}),
    object: result.object,
    fluency: result.fluency,
    originality: round(result.originality),
    bestOriginality: round(result.bestOriginality),
    flexibility: result.flexibility ?? null,
    uses: result.uses.map((use) => ({ response: use.response, originality: round(use.originality) })),
  };
}

/** One kept answer, as `chops aut --history --json` lists it. */
export function autRecordJson(record: AutRecord) {
  return {
    ...autResultJson(record, record.id),
    seconds: record.seconds ?? null,
    takenAt: record.takenAt.toISOString(),
  };
}

/** The AUT page (GET /api/aut): the object to take next, the time it runs, the scale, the person's scores. */
export function autPageJson(object: string, history: readonly AutRecord[]) {
  return {
    object,
    minutes: AUT_DEFAULT_MINUTES,
    scale: ORIGINALITY_SCALE_TEXT,
    history: history.map(autRecordJson),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
