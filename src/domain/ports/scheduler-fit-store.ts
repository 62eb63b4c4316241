import type { SchedulerFit } from '../practice/scheduler-fit.js';

/** Where the fits of the scheduler to the person are kept, every one of them, newest last. */
export interface SchedulerFitStore {
  insertFit(fit: SchedulerFit): void;
  /** The newest fit, which the scheduler uses. */
  latestFit(): SchedulerFit | undefined;
  listFits(): SchedulerFit[];
}
