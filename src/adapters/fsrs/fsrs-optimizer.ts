import { ChopsError } from '../../domain/errors/index.js';
import type { ParameterFitter } from '../../domain/ports/parameter-fitter.js';
import type { CardHistory } from '../../domain/practice/review-history.js';

type Binding = typeof import('@open-spaced-repetition/binding');
let bindingModule: Promise<Binding> | undefined;
// A native module: loaded when a fit is asked for, never on chops' start path.
const loadBinding = () => {
  bindingModule ??= import('@open-spaced-repetition/binding');
  return bindingModule;
};

/** fsrs-rs's training items: one per review after a card's first, with the reviews before it. */
async function toTrainingItems(histories: readonly CardHistory[]) {
  const { FSRSBindingItem, FSRSBindingReview } = await loadBinding();
  const items = [];
  for (const steps of histories) {
    const reviews = steps.map((step) => new FSRSBindingReview(step.grade, step.deltaDays));
    for (let end = 2; end <= reviews.length; end++) items.push(new FSRSBindingItem(reviews.slice(0, end)));
  }
  return items;
}

/**
 * The FSRS optimizer of fsrs-rs (through @open-spaced-repetition/binding), with short-term memory on as
 * chops' scheduler has it. fsrs-rs itself keeps the defaults below 8 items and fits only the initial
 * stabilities below 64.
 */
export function createFsrsOptimizer(): ParameterFitter {
  return {
    async fit(histories, options = {}) {
      const binding = await loadBinding();
      const items = (await toTrainingItems(histories)).filter((item) => item.longTermReviewCnt() > 0);
      const signal = options.signal;
      try {
        if (signal?.aborted) throw signal.reason;
        return await binding.computeParameters(items, {
          enableShortTerm: true,
          // The binding stops training when the progress callback returns false (anything else goes on).
          progress: () => (signal?.aborted ? false : undefined),
        });
      } catch (error) {
        const reason = signal?.aborted ? 'it was cancelled' : (error as Error).message;
        throw new ChopsError(`fitting the scheduler failed: ${reason}; the parameters in use stay`, {
          code: 'fit',
          cause: error,
        });
      }
    },
  };
}
