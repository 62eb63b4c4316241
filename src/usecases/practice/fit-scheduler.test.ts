import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { createFsrsOptimizer } from '../../adapters/fsrs/fsrs-optimizer.js';
import { schedule } from '../../domain/practice/memory.js';
import { defaultParameters } from '../../domain/practice/scheduler-fit.js';
import { type FitDeps, fitScheduler, refitIfDue } from './fit-scheduler.js';
import type { PracticeDeps } from './practice-deps.js';
import { reviewCard } from './review-card.js';
import { sqlitePracticeDeps } from './test-support/practice-deps.js';
import { seedAbilityWithCards } from './test-support/practice-fixture.js';
import { practiseAsPerson } from './test-support/simulated-person.js';

const tempFolder = temporaryFolders();
const practise = practiseAsPerson;

function fitDeps(deps: PracticeDeps): FitDeps {
  return { ...deps, fitter: createFsrsOptimizer() };
}

describe('fitting the scheduler to the person', () => {
  it('fits their log, keeps it, schedules the next review with it, and leaves the log as it was', async () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const cards = seedAbilityWithCards(deps, 'a1', 40);
    practise(
      deps,
      cards.map((card) => card.id),
      7,
    );
    const log = deps.practice.listReviews();
    const before = deps.practice.listCards({});

    const fit = await fitScheduler({}, fitDeps(deps));

    expect(fit).toMatchObject({ scope: 'full', reviewCount: 280 });
    expect(fit.itemCount).toBeGreaterThan(64);
    expect(fit.parameters).toHaveLength(21);
    expect(fit.parameters).not.toEqual([...defaultParameters]);
    // The person recalls less than the defaults predict; the fit's prediction comes closer.
    expect(fit.defaults.predicted).toBeGreaterThan(fit.defaults.observed);
    expect(Math.abs(fit.fitted.predicted - fit.fitted.observed)).toBeLessThan(
      Math.abs(fit.defaults.predicted - fit.defaults.observed),
    );
    expect(fit.fitted.logLoss).toBeLessThan(fit.defaults.logLoss);
    expect(deps.fits.latestFit()).toEqual(fit);
    expect(deps.practice.listReviews()).toEqual(log);
    expect(deps.practice.listCards({})).toEqual(before);

    const card = deps.practice.getCard(cards[0]!.id)!;
    deps.at(card.memory.due);
    const outcome = reviewCard({ cardId: card.id, rating: 'good' }, deps);
    const withFit = schedule(card.memory, 'good', card.memory.due, fit.parameters).memory;
    const withDefaults = schedule(card.memory, 'good', card.memory.due).memory;
    expect(outcome.card.memory.stability).toBeCloseTo(withFit.stability, 6);
    expect(outcome.card.memory.stability).not.toBeCloseTo(withDefaults.stability, 2);
  });

  it('refits on its own only once the log has doubled since the last fit', async () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const cards = seedAbilityWithCards(deps, 'a1', 30);
    const ids = cards.map((card) => card.id);
    practise(deps, ids.slice(0, 10), 6);
    const first = await refitIfDue(fitDeps(deps));
    expect(first).toMatchObject({ reviewCount: 60, scope: 'initial-stability' });
    practise(deps, ids.slice(10, 19), 6);
    expect(await refitIfDue(fitDeps(deps))).toBeUndefined();
    practise(deps, ids.slice(19, 20), 6);
    expect(await refitIfDue(fitDeps(deps))).toMatchObject({ reviewCount: 120, scope: 'full' });
    expect(deps.fits.listFits()).toHaveLength(2);
  });

  it('keeps the defaults, and stores nothing, while fsrs-rs has too little to fit', async () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const cards = seedAbilityWithCards(deps, 'a1', 3);
    practise(
      deps,
      cards.map((card) => card.id),
      3,
    );
    expect(await refitIfDue(fitDeps(deps))).toBeUndefined();
    const fit = await fitScheduler({}, fitDeps(deps));
    expect(fit).toMatchObject({ scope: 'defaults', reviewCount: 9, parameters: [...defaultParameters] });
    expect(deps.fits.latestFit()).toBeUndefined();
  });
});
