import { ChopsError } from '../../domain/errors/index.js';
import type { ParameterFitter } from '../../domain/ports/parameter-fitter.js';
import { cardHistories, retentionReport, trainingItemCount } from '../../domain/practice/review-history.js';
import {
  defaultParameters,
  fitScope,
  fitThresholds,
  refitDue,
  type SchedulerFit,
} from '../../domain/practice/scheduler-fit.js';
import type { PracticeDeps } from './practice-deps.js';

export interface FitDeps extends Pick<PracticeDeps, 'practice' | 'fits' | 'clock' | 'generateId'> {
  fitter: ParameterFitter;
}

/**
 * Fits FSRS's parameters to the person's whole review log and keeps the fit, so that the next reviews
 * are scheduled with it (unless it predicted the log worse than the defaults: see schedulingParameters).
 * Below fsrs-rs's minimum nothing is fitted or stored and the outcome says so (scope `defaults`). The
 * review log is only read.
 */
export async function fitScheduler(
  options: { signal?: AbortSignal | undefined },
  deps: FitDeps,
): Promise<SchedulerFit> {
  const reviews = deps.practice.listReviews();
  const histories = cardHistories(reviews);
  const itemCount = trainingItemCount(histories);
  const scope = fitScope(itemCount);
  const parameters =
    scope === 'defaults'
      ? [...defaultParameters]
      : checkedParameters(await deps.fitter.fit(histories, options.signal ? { signal: options.signal } : {}));
  const fit: SchedulerFit = {
    id: deps.generateId(),
    fittedAt: deps.clock.now(),
    reviewCount: reviews.length,
    itemCount,
    scope,
    parameters,
    defaults: retentionReport(histories, defaultParameters),
    fitted: retentionReport(histories, parameters),
  };
  if (scope !== 'defaults') deps.fits.insertFit(fit);
  return fit;
}

/**
 * Fits again when the log has doubled since the last fit (or, before any, once fsrs-rs can fit):
 * the automatic refit after a session. Returns the new fit, or undefined when none was due.
 */
export async function refitIfDue(deps: FitDeps): Promise<SchedulerFit | undefined> {
  const count = deps.practice.countReviews();
  const last = deps.fits.latestFit();
  // Cheap test first: each card's first review gives no training item, so fewer reviews cannot fit.
  if (!last && count <= fitThresholds.minimum) return undefined;
  if (last && !refitDue(count, 0, last)) return undefined;
  if (!last && !refitDue(count, trainingItemCount(cardHistories(deps.practice.listReviews())), undefined))
    return undefined;
  return fitScheduler({}, deps);
}

// The optimizer is a native library: what it returns is checked like any outside input.
function checkedParameters(parameters: readonly number[]): number[] {
  if (parameters.length !== defaultParameters.length || !parameters.every(Number.isFinite))
    throw new ChopsError(
      `the FSRS optimizer returned ${parameters.length} values, not ${defaultParameters.length} numbers; the defaults stay`,
      { code: 'fit' },
    );
  return [...parameters];
}
