import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { NotFoundError } from '../../domain/errors/index.js';
import { newTrick, trickKey } from '../../domain/practice/trick.js';
import { saveTricks } from './save-tricks.js';
import { sqlitePracticeDeps } from './test-support/practice-deps.js';
import { addAbility, fixtureStart, trickWithCards } from './test-support/practice-fixture.js';

const tempFolder = temporaryFolders();

describe('saveTricks', () => {
  it('stores tricks with their cards and makes lent abilities learning, with an event; own stays own', () => {
    const deps = sqlitePracticeDeps(tempFolder());
    addAbility(deps, 'lent1');
    addAbility(deps, 'own1', { status: 'own' });
    const a = trickWithCards('lent1', 't1', 2);
    const b = trickWithCards('own1', 't2', 2);
    const result = saveTricks([a.trick, b.trick], [...a.cards, ...b.cards], deps);
    expect(result.saved.map((s) => [s.trick.id, s.cards.length])).toEqual([
      ['t1', 2],
      ['t2', 2],
    ]);
    expect(result.nowLearning.map((ability) => ability.id)).toEqual(['lent1']);
    expect(deps.repertoire.getAbility('lent1')?.status).toBe('learning');
    expect(deps.repertoire.getAbility('own1')?.status).toBe('own');
    expect(deps.repertoire.listAbilityEvents().filter((e) => e.status === 'learning')).toEqual([
      { abilityId: 'lent1', status: 'learning', at: fixtureStart },
    ]);
    expect(deps.practice.listCards({}).map((c) => c.id)).toEqual(['t1-c1', 't1-c2', 't2-c1', 't2-c2']);
  });

  it('skips a trick the ability already holds under any spelling of its name, and its cards', () => {
    const deps = sqlitePracticeDeps(tempFolder());
    addAbility(deps, 'a1');
    const first = trickWithCards('a1', 't1', 2);
    saveTricks([first.trick], first.cards, deps);
    const twin = newTrick({ ...first.trick, name: '  Trick T1 ' }, 't9', fixtureStart);
    expect(deps.practice.findTrick('a1', trickKey('TRICK  t1'))?.id).toBe('t1');
    const again = saveTricks([twin], trickWithCards('a1', 't9', 2).cards, deps);
    expect(again.saved).toEqual([]);
    expect(again.skipped.map((s) => [s.trick.id, s.existing.id])).toEqual([['t9', 't1']]);
    expect(deps.practice.listCards({}).length).toBe(2);
    // Twins inside one batch: the first is kept.
    const x = trickWithCards('a1', 'x', 1);
    const y = { ...trickWithCards('a1', 'y', 1), trick: { ...x.trick, id: 'y' } };
    const batch = saveTricks([x.trick, y.trick], [...x.cards, ...y.cards], deps);
    expect(batch.saved.map((s) => s.trick.id)).toEqual(['x']);
    expect(deps.practice.listCards({}).map((c) => c.id)).toEqual(['t1-c1', 't1-c2', 'x-c1']);
  });

  it('saves nothing when one trick names an unknown ability', () => {
    const deps = sqlitePracticeDeps(tempFolder());
    addAbility(deps, 'a1');
    const good = trickWithCards('a1', 't1', 1);
    const bad = trickWithCards('nobody', 't2', 1);
    expect(() => saveTricks([good.trick, bad.trick], [...good.cards, ...bad.cards], deps)).toThrow(
      NotFoundError,
    );
    expect(deps.practice.listTricks()).toEqual([]);
    expect(deps.repertoire.getAbility('a1')?.status).toBe('lent');
  });

  it('refuses a card whose trick is not in the batch', () => {
    const deps = sqlitePracticeDeps(tempFolder());
    addAbility(deps, 'a1');
    const { trick } = trickWithCards('a1', 't1', 0);
    const stray = trickWithCards('a1', 'other', 1).cards;
    expect(() => saveTricks([trick], stray, deps)).toThrow(/not being saved/);
  });
});
