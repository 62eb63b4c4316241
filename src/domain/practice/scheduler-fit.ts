import { default_w } from 'ts-fsrs';
import type { RetentionReport } from './review-history.js';

/** FSRS-6's default parameters, which chops schedules with until the person's own are fitted. */
export const defaultParameters: readonly number[] = default_w;

/**
 * fsrs-rs's thresholds, counted in training items (see trainingItemCount): below `minimum` it keeps the
 * defaults, below `full` it fits only the initial stabilities (the first four parameters).
 */
export const fitThresholds = { minimum: 8, full: 64 } as const;

/** What a fit changed: nothing (too few reviews), the initial stabilities, or every parameter. */
export type FitScope = 'defaults' | 'initial-stability' | 'full';

export function fitScope(items: number): FitScope {
  if (items < fitThresholds.minimum) return 'defaults';
  return items < fitThresholds.full ? 'initial-stability' : 'full';
}

/** One fit of the scheduler to the person's review log, kept so the next session schedules with it. */
export interface SchedulerFit {
  id: string;
  fittedAt: Date;
  /** Reviews in the log when it was fitted: a refit is due when that number has doubled. */
  reviewCount: number;
  /** Training items fsrs-rs saw (see trainingItemCount). */
  itemCount: number;
  scope: FitScope;
  parameters: number[];
  /** How the defaults and the fitted parameters predicted the log they were fitted on. */
  defaults: RetentionReport;
  fitted: RetentionReport;
}

/**
 * Whether the log has grown enough to fit again: twice the reviews of the last fit, or, before any fit,
 * enough items for fsrs-rs to fit anything at all.
 */
export function refitDue(
  reviewCount: number,
  items: number,
  last: Pick<SchedulerFit, 'reviewCount'> | undefined,
): boolean {
  if (!last) return fitScope(items) !== 'defaults';
  return reviewCount >= 2 * Math.max(1, last.reviewCount);
}

/**
 * The parameters to schedule with: the last fit's, unless there was too little to fit or the fitted
 * parameters predicted the person's own log worse than the defaults did (then the defaults stay).
 */
export function schedulingParameters(
  last: Pick<SchedulerFit, 'parameters' | 'scope' | 'defaults' | 'fitted'> | undefined,
): readonly number[] {
  if (!last || last.scope === 'defaults') return defaultParameters;
  return fitIsBetter(last) ? last.parameters : defaultParameters;
}

/** Whether the fitted parameters predicted the log at least as well as the defaults. */
export function fitIsBetter(fit: Pick<SchedulerFit, 'defaults' | 'fitted'>): boolean {
  if (Number.isNaN(fit.fitted.logLoss) || Number.isNaN(fit.defaults.logLoss)) return true;
  return fit.fitted.logLoss <= fit.defaults.logLoss;
}
