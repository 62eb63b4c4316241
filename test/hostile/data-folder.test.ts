import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { runChops, spawnChops } from '../support/run-chops.js';
import { temporaryFolders } from '../support/temp-folder.js';

// The data folder: what chops does with a folder it cannot write, a schema it does not know, a file
// that is not its own, an empty --home, and a profile it already has.

const tempFolder = temporaryFolders();
// root ignores permissions, so as root these run chops as the unprivileged user "nobody".
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the data folder', () => {
  it('serve refuses a folder it cannot write in one line, before listening', async () => {
    const home = join(tempFolder(), 'locked');
    mkdirSync(home);
    chmodSync(join(home, '..'), 0o755);
    openDatabase(home).close();
    chmodSync(home, 0o555);
    const result = await spawnChops(['serve', '--port', '0'], { home, ...asNobody, env: { HOME: home } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^chops: cannot use the data folder .*locked: permission denied$/);
    expect(result.stdout).not.toContain('serving');
  });

  it('serve refuses a database of a newer schema instead of starting and answering 500', async () => {
    const home = tempFolder();
    openDatabase(home).close();
    const db = new Database(join(home, 'chops.db'));
    db.pragma('user_version = 99');
    db.close();
    const result = await runChops(['serve', '--port', '0'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^chops: .*written by a newer chops \(schema 99/);
  });

  it('leaves a foreign SQLite file untouched instead of adopting and migrating it', async () => {
    const home = tempFolder();
    const db = new Database(join(home, 'chops.db'));
    db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)');
    db.close();
    const before = hash(join(home, 'chops.db'));
    const result = await runChops(['repertoire'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^chops: .*is an SQLite database of another program/);
    expect(hash(join(home, 'chops.db'))).toBe(before);
  });

  it("refuses --home '' (usage) rather than using the default folder", async () => {
    const home = tempFolder();
    const result = await runChops(['--home', '', 'repertoire'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'chops: --home is empty; name a folder, or leave --home out for the default',
    );
  });

  it("init --name '' on an existing profile keeps the name; new domains join the old", async () => {
    const home = tempFolder();
    await runChops(['init', '--name', 'Ana', '--domain', 'jazz piano'], { home });
    const blank = await runChops(['init', '--name', '', '--domain', 'composition'], { home });
    expect(blank.code).toBe(1);
    expect(blank.stderr.trim()).toBe('chops: --name is empty; leave it out to keep "Ana"');
    const more = await runChops(['init', '--domain', 'composition', '--json'], { home });
    expect(JSON.parse(more.stdout).person).toMatchObject({
      name: 'Ana',
      domains: ['jazz piano', 'composition'],
    });
  });

  it('leaves no temporary file behind when a write fails', async () => {
    const home = tempFolder();
    openDatabase(home).close();
    const out = join(tempFolder(), 'readonly');
    mkdirSync(out);
    chmodSync(join(out, '..'), 0o755);
    chmodSync(out, 0o555);
    chmodSync(home, 0o777);
    chmodSync(join(home, 'chops.db'), 0o666);
    const result = await spawnChops(['export', '--out', join(out, 'x.json')], { home, ...asNobody });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^chops: cannot write .*x\.json: permission denied$/);
    expect(readdirSync(out)).toEqual([]);
  });
});
