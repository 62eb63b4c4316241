import { describe, expect, it } from 'vitest';
import { storeGoal } from '../../../test/support/goal-fixture.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteArtifactStore } from '../../adapters/store/sqlite-artifact-store.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqlitePracticeStore } from '../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { addAbility, trickWithCards } from '../practice/test-support/practice-fixture.js';
import { mergeAbility } from './change-ability.js';

const tempFolder = temporaryFolders();

describe('mergeAbility', () => {
  it('moves history, tricks, cards and mentions onto the other ability, which keeps the further status', () => {
    const db = openDatabase(tempFolder());
    const repertoire = new SqliteRepertoireStore(db);
    const practice = new SqlitePracticeStore(db);
    const ideas = new SqliteIdeaStore(db);
    const artifacts = new SqliteArtifactStore(db);
    const stores = { repertoire, practice };
    addAbility(stores, 'sub', { name: 'tritone sub', status: 'learning' });
    const into = addAbility(stores, 'substitution', { name: 'tritone substitution', status: 'lent' });
    addAbility(stores, 'other', { name: 'voice leading' });
    // Both hold a trick of the same name: the merged one joins the existing one, cards and all.
    const mine = trickWithCards('sub', 't1', 2);
    const theirs = trickWithCards('substitution', 't2', 1);
    const extra = trickWithCards('sub', 't3', 1);
    practice.insertTricks(
      [mine.trick, { ...theirs.trick, name: mine.trick.name, key: mine.trick.key }, extra.trick],
      [...mine.cards, ...theirs.cards, ...extra.cards],
    );
    storeGoal(ideas, { id: 'g', text: 'a ballad', domain: 'jazz' }, [
      {
        id: 'i',
        title: 'Ballad',
        needs: [
          { name: 'tritone sub', how: 'turnaround', status: 'lent', abilityId: 'sub' },
          { name: 'voice leading', how: 'inner lines', status: 'lent', abilityId: 'other' },
        ],
      },
    ]);
    artifacts.insertArtifact({
      id: 'a',
      ideaId: 'i',
      format: 'abc',
      title: 'Ballad',
      passed: true,
      abilities: [{ name: 'tritone sub', how: 'bar 8', status: 'lent', abilityId: 'sub' }],
      model: 'mock',
      createdAt: new Date(),
    });

    const clock = { now: () => new Date('2026-06-01T00:00:00Z') };
    const { merged, into: result } = mergeAbility(
      'tritone sub',
      'tritone substitution',
      {},
      { store: repertoire, clock },
    );
    expect(merged.id).toBe('sub');
    expect(result).toMatchObject({ id: into.id, status: 'learning' });
    expect(repertoire.getAbility('sub')).toBeUndefined();
    expect(repertoire.getAbility('substitution')?.status).toBe('learning');
    expect(
      repertoire
        .listAbilityEvents()
        .filter((e) => e.abilityId === 'substitution')
        .map((e) => e.status),
    ).toEqual(['learning', 'lent', 'learning']);
    expect(
      practice
        .listCards({ abilityId: 'substitution' })
        .map((c) => c.id)
        .sort(),
    ).toEqual(['t1-c1', 't1-c2', 't2-c1', 't3-c1']);
    expect(
      practice
        .listTricks({ abilityId: 'substitution' })
        .map((t) => t.id)
        .sort(),
    ).toEqual(['t2', 't3']);
    // The merged trick joined its namesake: its cards now belong to it.
    expect(
      practice
        .listCards({ trickId: 't2' })
        .map((c) => c.id)
        .sort(),
    ).toEqual(['t1-c1', 't1-c2', 't2-c1']);
    expect(ideas.getIdea('i')?.needs.map((n) => [n.name, n.abilityId])).toEqual([
      ['tritone substitution', 'substitution'],
      ['voice leading', 'other'],
    ]);
    expect(artifacts.getArtifact('a')?.abilities).toMatchObject([
      { name: 'tritone substitution', abilityId: 'substitution' },
    ]);
  });

  it('refuses to merge an ability into itself', () => {
    const db = openDatabase(tempFolder());
    const repertoire = new SqliteRepertoireStore(db);
    addAbility({ repertoire, practice: new SqlitePracticeStore(db) }, 'x', { name: 'counterpoint' });
    expect(() =>
      mergeAbility('counterpoint', 'x', {}, { store: repertoire, clock: { now: () => new Date() } }),
    ).toThrow('already one ability');
  });
});
