import type { RetentionReport } from '../../domain/practice/review-history.js';
import { fitIsBetter, type SchedulerFit } from '../../domain/practice/scheduler-fit.js';
import type { Leech } from '../../usecases/practice/leeches.js';

const finite = (n: number) => (Number.isFinite(n) ? n : null);

function reportJson(report: RetentionReport) {
  return {
    reviews: report.reviews,
    predicted: finite(report.predicted),
    observed: finite(report.observed),
    logLoss: finite(report.logLoss),
  };
}

/** A fit of the scheduler, as `chops practice --optimize --json` prints it and the API sends it. */
export function fitJson(fit: SchedulerFit) {
  return {
    id: fit.id,
    fittedAt: fit.fittedAt.toISOString(),
    reviewCount: fit.reviewCount,
    itemCount: fit.itemCount,
    scope: fit.scope,
    inUse: fit.scope !== 'defaults' && fitIsBetter(fit),
    parameters: fit.parameters,
    defaults: reportJson(fit.defaults),
    fitted: reportJson(fit.fitted),
  };
}

/** Leeches, as `chops practice --leeches --json` lists them. */
export function leechesJson(leeches: readonly Leech[]) {
  return leeches.map(({ card, trickName }) => ({
    id: card.id,
    trick: trickName,
    abilityId: card.abilityId,
    prompt: card.prompt,
    lapses: card.memory.lapses,
    reps: card.memory.reps,
    suspended: card.suspended,
  }));
}
