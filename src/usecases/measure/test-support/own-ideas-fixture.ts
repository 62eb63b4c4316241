import type Database from 'better-sqlite3';
import { SqliteMineStore } from '../../../adapters/store/sqlite-mine-store.js';
import { SqliteVectorStore } from '../../../adapters/store/sqlite-vector-store.js';
import type { MineIdea } from '../../../domain/mine.js';

const at = (day: string) => new Date(`${day}T11:00:00.000Z`);
const model = 'words:test';

/**
 * The person's own ideas, added to the ledger fixture (seedLedgerFixture first): two for goal g1 in
 * week 2026-W03, before voice leading was absorbed, and one for g2 in 2026-W08 that uses it, so that
 * its first own idea is known. Each has a vector, as have the model's ideas for the same goals, so
 * spread and similarity to the model's ideas are figures, not nulls.
 */
export function seedOwnIdeas(db: Database.Database): void {
  const mine = new SqliteMineStore(db);
  const vectors = new SqliteVectorStore(db);
  const idea = (id: string, goalId: string, position: number, text: string, day: string, uses: boolean) =>
    ({
      id,
      goalId,
      goalText: `goal ${goalId}`,
      domain: 'music',
      position,
      text,
      needs: uses
        ? [
            {
              name: 'voice leading',
              how: 'moves the inner voices',
              status: 'own' as const,
              abilityId: 'a-voice',
            },
          ]
        : [],
      reach: 0,
      novelty: 0.5,
      originality: 2 + position,
      createdAt: at(day),
    }) satisfies MineIdea;
  mine.insertMine([
    idea('m1', 'g1', 0, 'a round for four voices', '2026-01-13', false),
    idea('m2', 'g1', 1, 'a drone under a folk tune', '2026-01-13', false),
    idea('m3', 'g2', 0, 'a chorale whose inner voices move by step', '2026-02-18', true),
  ]);
  const put = (kind: 'mine' | 'idea', id: string, values: number[]) =>
    vectors.putVector(kind, id, model, new Float32Array(values));
  put('mine', 'm1', [1, 0, 0]);
  put('mine', 'm2', [0, 1, 0]);
  put('mine', 'm3', [0.6, 0.8, 0]);
  for (const id of ['g1-s1', 'g1-s2', 'g1-r1', 'g1-r2', 'g2-r1']) put('idea', id, [0.8, 0.6, 0]);
}
