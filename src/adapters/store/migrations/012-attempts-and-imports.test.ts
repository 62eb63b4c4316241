import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { openDatabase } from '../open-database.js';
import { SqlitePracticeStore } from '../sqlite-practice-store.js';
import { goalAndIdeaSql } from '../test-support/seed-sql.js';
import { migrations } from './index.js';

const folder = temporaryFolders();

/** A database as chops left it at schema 5, with what the hostile run left in it. */
function schemaFive(): string {
  const home = folder();
  const db = new Database(join(home, 'chops.db'));
  for (const step of migrations.slice(0, 5)) db.exec(step);
  db.pragma('user_version = 5');
  db.exec(`
    INSERT INTO abilities (id, name, key, domain, kind, summary, status, created_at, updated_at)
      VALUES ('a1', 'voicing', 'voicing', 'jazz', 'technique', '', 'learning', 0, 0);
    ${goalAndIdeaSql}
    INSERT INTO artifacts (id, idea_id, format, title, passed, abilities, model, created_at)
      VALUES ('cut-short', 'i1', 'abc', 'Ballad', 0, '[]', 'm', 0), ('whole', 'i1', 'abc', 'Ballad', 1, '[]', 'm', 0);
    INSERT INTO attempts (artifact_id, number, content, passed, problems, output, duration_ms, created_at)
      VALUES ('whole', 1, 'X:1', 1, '[]', '', 1, 0);
    INSERT INTO tricks (id, ability_id, name, key, explanation, example, format, created_at)
      VALUES ('t1', 'a1', 'Drop 2', 'drop 2', 'why', 'C E G', 'abc', 0);
    INSERT INTO cards (id, trick_id, ability_id, kind, prompt, answer, due, stability, difficulty, elapsed_days,
        scheduled_days, learning_steps, reps, lapses, state, last_review, created_at)
      VALUES ('poisoned', 't1', 'a1', 'recall', 'q', 'a', 0, -5, -100, 0, 0, 0, 1000000000, 0, 'review', 0, 0),
             ('healthy', 't1', 'a1', 'recall', 'q', 'a', 0, 4.2, 5.1, 1, 4, 0, 2, 0, 'review', 0, 0);
  `);
  db.close();
  return home;
}

describe('migration 012', () => {
  it('removes artifacts left without attempts and gives poisoned cards a fresh start, keeping the rest', () => {
    const home = schemaFive();
    const db = openDatabase(home);
    expect(db.prepare('SELECT id FROM artifacts').pluck().all()).toEqual(['whole']);
    const practice = new SqlitePracticeStore(db);
    expect(practice.getCard('poisoned')?.memory).toMatchObject({
      state: 'new',
      stability: 0,
      difficulty: 0,
      reps: 0,
    });
    expect(practice.getCard('healthy')?.memory).toMatchObject({ state: 'review', stability: 4.2, reps: 2 });
    db.close();
  });
});
