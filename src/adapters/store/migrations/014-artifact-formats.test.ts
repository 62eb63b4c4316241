import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { formatNames } from '../../formats/registry.js';
import { openDatabase } from '../open-database.js';
import { SqliteArtifactStore } from '../sqlite-artifact-store.js';
import { artifactOfFormat, goalAndIdeaSql } from '../test-support/seed-sql.js';
import { migrations } from './index.js';

const folder = temporaryFolders();

/** A database as chops left it at schema 13: artifacts with attempts, data files and a trick. */
function schemaThirteen(): string {
  const home = folder();
  const db = new Database(join(home, 'chops.db'));
  db.pragma('foreign_keys = ON');
  for (const step of migrations.slice(0, 13)) db.exec(step);
  db.pragma('user_version = 13');
  db.exec(`
    INSERT INTO abilities (id, name, key, domain, kind, summary, status, created_at, updated_at)
      VALUES ('a1', 'voicing', 'voicing', 'jazz', 'technique', '', 'learning', 0, 0);
    ${goalAndIdeaSql}
    INSERT INTO artifacts (id, idea_id, format, title, passed, abilities, model, created_at, data_files)
      VALUES ('tune', 'i1', 'abc', 'Ballad', 1, '[{"name":"voicing","status":"lent","how":"drop 2"}]', 'm', 5,
              '[{"name":"plate.csv","path":"/tmp/plate.csv","format":"csv","bytes":10,"rows":1,"columns":1,"sha256":"ab"}]'),
             ('chart', 'i1', 'vega-lite', 'Chart', 0, '[]', 'm', 6, '[]');
    INSERT INTO attempts (artifact_id, number, content, passed, problems, output, duration_ms, created_at)
      VALUES ('tune', 1, 'X:1', 0, '["a bar is short"]', '', 1.5, 5), ('tune', 2, 'X:1\\nK:C', 1, '[]', 'svg', 2, 6),
             ('chart', 1, '{}', 0, '["no mark"]', '', 3, 6);
    INSERT INTO tricks (id, ability_id, name, key, explanation, example, format, artifact_id, created_at)
      VALUES ('t1', 'a1', 'Drop 2', 'drop 2', 'why', 'C E G', 'abc', 'tune', 0);
  `);
  db.close();
  return home;
}

describe('migration 014', () => {
  it('drops the CHECK that listed the formats and keeps every artifact, attempt and trick as it was', () => {
    const home = schemaThirteen();
    const before = new Database(join(home, 'chops.db'), { readonly: true });
    const dump = (db: Database.Database) => ({
      artifacts: db.prepare('SELECT * FROM artifacts ORDER BY id').all(),
      attempts: db.prepare('SELECT * FROM attempts ORDER BY artifact_id, number').all(),
      tricks: db.prepare('SELECT * FROM tricks').all(),
    });
    const earlier = dump(before);
    before.close();

    const db = openDatabase(home);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(dump(db)).toEqual(earlier);
    expect(earlier.attempts).toHaveLength(3);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'artifacts'").pluck().get()).not.toMatch(
      /'markdown'/,
    );
    expect(
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE tbl_name = 'artifacts' AND type = 'index' ORDER BY name",
        )
        .pluck()
        .all(),
    ).toEqual(expect.arrayContaining(['artifacts_created', 'artifacts_idea']));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    // The references still point at the rebuilt table: deleting an artifact takes its attempts and
    // unlinks its trick, as before.
    db.prepare("DELETE FROM artifacts WHERE id = 'tune'").run();
    expect(db.prepare("SELECT count(*) FROM attempts WHERE artifact_id = 'tune'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT artifact_id FROM tricks WHERE id = 't1'").pluck().get()).toBeNull();
    db.close();
  });

  it('leaves the store, reading the format registry, to refuse a format chops does not know', () => {
    const db = openDatabase(folder());
    db.exec(goalAndIdeaSql);
    const store = new SqliteArtifactStore(db);
    expect(() => store.insertArtifact(artifactOfFormat('python'))).toThrow(
      `artifact x-python has the format "python", which this chops does not know (it knows ${formatNames.join(', ')})`,
    );
    for (const format of formatNames) store.insertArtifact(artifactOfFormat(format));
    expect(
      store
        .listArtifacts()
        .map((a) => a.format)
        .sort(),
    ).toEqual([...formatNames].sort());
    db.close();
  });
});
