import type { CardHistory } from '../practice/review-history.js';

/** Fits FSRS parameters to a person's review histories (fsrs-rs's optimizer behind it). */
export interface ParameterFitter {
  /** The fitted parameters (21 numbers); fsrs-rs returns the defaults when there is too little to fit. */
  fit(histories: readonly CardHistory[], options?: { signal?: AbortSignal }): Promise<number[]>;
}
