import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();

describe('the CLI as a whole', () => {
  it('exits 2 with one line for usage errors', async () => {
    const home = tempFolder();
    for (const argv of [
      ['--no-such-flag'],
      ['can', '--kind', 'talent', 'x'],
      ['repertoire', 'rename', 'only-one'],
    ]) {
      const result = await runChops(argv, { home });
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^chops: .*\(see chops --help\)/);
    }
  });

  it('prints help and version with exit 0', async () => {
    const help = await runChops(['--help'], { home: tempFolder() });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: chops');
    expect(help.stdout).toMatch(/can \[options\] \[abilities\.\.\.\]/);
    const version = await runChops(['--version'], { home: tempFolder() });
    const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(version.stdout.trim()).toBe(packageJson.version);
  });

  it('refuses a corrupt database in one line and leaves it as it was', async () => {
    const home = tempFolder();
    const path = join(home, 'chops.db');
    writeFileSync(path, 'garbage'.repeat(1000));
    const result = await runChops(['repertoire'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^chops: .*chops\.db is not a chops database/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a database whose pages are damaged, in one line', async () => {
    const home = tempFolder();
    await runChops(['can', 'x', 'y', 'z'], { home });
    const path = join(home, 'chops.db');
    const db = new Database(path);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Keep the header, break everything after it.
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 100);
    writeFileSync(path, bytes);
    const result = await runChops(['repertoire'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^chops: .*(damaged|not a chops database)/);
  });

  it('refuses a database from a newer chops in one line', async () => {
    const home = tempFolder();
    const db = new Database(join(home, 'chops.db'));
    db.pragma('user_version = 999');
    db.close();
    const result = await runChops(['can', 'x'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/written by a newer chops \(schema 999/);
  });

  it('takes --home over CHOPS_HOME', async () => {
    const flagHome = tempFolder();
    const envHome = tempFolder();
    await runChops(['--home', flagHome, 'can', 'solfège', '--domain', 'music'], { home: envHome });
    const inFlag = await runChops(['repertoire', '--json'], { home: flagHome });
    const inEnv = await runChops(['repertoire', '--json'], { home: envHome });
    expect(JSON.parse(inFlag.stdout)).toHaveLength(1);
    expect(JSON.parse(inEnv.stdout)).toHaveLength(0);
  });

  it('rejects a bad CHOPS_NOW in one line', async () => {
    const result = await runChops(['repertoire'], { home: tempFolder(), env: { CHOPS_NOW: 'yesterday' } });
    expect(result).toMatchObject({
      code: 1,
      stderr: 'chops: CHOPS_NOW is not an ISO 8601 time: "yesterday"\n',
    });
  });

  it('never prints escape sequences stored in names', async () => {
    const home = tempFolder();
    const db = await runChops(['can', 'safe name'], { home });
    expect(db.code).toBe(0);
    const raw = new Database(join(home, 'chops.db'));
    raw.prepare('UPDATE abilities SET summary = ?').run('evil \u001b]0;title\u0007\u001b[2J summary');
    raw.close();
    const result = await runChops(['repertoire'], { home });
    expect(result.stdout).toContain('evil  summary');
    expect(result.stdout).not.toContain('\u001b');
  });
});
