import { describe, expect, it } from 'vitest';
import { retentionReport, trainingItemCount } from '../../domain/practice/review-history.js';
import { defaultParameters, fitThresholds } from '../../domain/practice/scheduler-fit.js';
import { createFsrsOptimizer } from './fsrs-optimizer.js';
import { fastForgetter, syntheticHistories } from './test-support/synthetic-log.js';

describe('the FSRS optimizer', () => {
  it('fits a log made by a known person so that held-back reviews are predicted better than by the defaults', async () => {
    const histories = syntheticHistories(fastForgetter, { cards: 400, reviewsPerCard: 7, seed: 19 });
    const training = histories.slice(0, 280);
    const heldBack = histories.slice(280);
    expect(trainingItemCount(training)).toBeGreaterThan(fitThresholds.full);

    const fitted = await createFsrsOptimizer().fit(training);

    expect(fitted).toHaveLength(defaultParameters.length);
    const withDefaults = retentionReport(heldBack, defaultParameters);
    const withFit = retentionReport(heldBack, fitted);
    const withTruth = retentionReport(heldBack, fastForgetter);
    expect(withFit.reviews).toBeGreaterThan(500);
    expect(withFit.logLoss).toBeLessThan(withDefaults.logLoss - 0.01);
    // The person forgets faster than the defaults expect: the defaults over-predict, the fit does not.
    expect(withDefaults.predicted - withDefaults.observed).toBeGreaterThan(0.015);
    expect(Math.abs(withFit.predicted - withFit.observed)).toBeLessThan(0.03);
    // The initial stability after a first "good" moves towards the person's (0.9 days, defaults 2.3).
    expect(fitted[2]!).toBeLessThan(defaultParameters[2]!);
    expect(withTruth.logLoss).toBeLessThanOrEqual(withFit.logLoss + 0.01);
  });

  it('keeps the defaults below fsrs-rs minimum, and fits only initial stabilities below 64 items', async () => {
    const optimizer = createFsrsOptimizer();
    const tiny = syntheticHistories(fastForgetter, { cards: 3, reviewsPerCard: 3, seed: 2 });
    expect(trainingItemCount(tiny)).toBeLessThan(fitThresholds.minimum);
    expect(await optimizer.fit(tiny)).toEqual(defaultParameters.map((w) => expect.closeTo(w, 4)));

    const few = syntheticHistories(fastForgetter, { cards: 20, reviewsPerCard: 3, seed: 3 });
    expect(trainingItemCount(few)).toBeGreaterThanOrEqual(fitThresholds.minimum);
    expect(trainingItemCount(few)).toBeLessThan(fitThresholds.full);
    const fitted = await optimizer.fit(few);
    expect(fitted.slice(4)).toEqual(defaultParameters.slice(4).map((w) => expect.closeTo(w, 4)));
    expect(fitted.slice(0, 4)).not.toEqual(defaultParameters.slice(0, 4));
  });

  it('stops when cancelled, with a one-line error that keeps the parameters in use', async () => {
    const histories = syntheticHistories(fastForgetter, { cards: 400, reviewsPerCard: 8, seed: 4 });
    const controller = new AbortController();
    controller.abort();
    await expect(createFsrsOptimizer().fit(histories, { signal: controller.signal })).rejects.toThrow(
      'fitting the scheduler failed: it was cancelled; the parameters in use stay',
    );
  });
});
