import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { SqliteRepertoireStore } from '../../src/adapters/store/sqlite-repertoire-store.js';
import { seedLedgerFixture } from '../../src/usecases/measure/test-support/ledger-fixture.js';
import { runChops } from '../support/run-chops.js';
import { temporaryFolders } from '../support/temp-folder.js';

// Output targets: every command that writes a file refuses what is not a regular file outside the data
// folder, in one line, and leaves it as it was; and a reader that closes the pipe early gets no stack.

const tempFolder = temporaryFolders();

function seededHome(): string {
  const home = tempFolder();
  seedLedgerFixture(openDatabase(home));
  return home;
}

const writers = (target: string) => [
  ['export', '--out', target],
  ['stats', '--svg', target],
  ['artifact', 'art1', '-o', target],
];

describe('output targets', () => {
  it.each([
    ['/dev/full', /\/dev\/full is a device; chops writes only regular files/],
    ['/dev/null', /\/dev\/null is a device/],
  ])('refuses %s for every writing command, leaving the device as it is', async (device, message) => {
    const home = seededHome();
    for (const argv of writers(device)) {
      const result = await runChops(argv, { home });
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(statSync(device).isCharacterDevice()).toBe(true);
    }
  });

  it('refuses a FIFO at once and a symbolic link, leaving both and the linked file alone', async () => {
    const home = seededHome();
    const folder = tempFolder();
    const fifo = join(folder, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const real = join(folder, 'notes.txt');
    writeFileSync(real, 'my notes');
    const link = join(folder, 'link.json');
    symlinkSync(real, link);
    for (const argv of [...writers(fifo), ...writers(link)]) {
      const result = await runChops(argv, { home });
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/is a FIFO|is a symbolic link \(to .*notes\.txt\)/);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('my notes');
  });

  it('refuses to write over the live database or anything else in the data folder', async () => {
    const home = seededHome();
    const before = readFileSync(join(home, 'chops.db'));
    for (const argv of [...writers(join(home, 'chops.db')), ...writers(join(home, 'models', 'x.bin'))]) {
      const result = await runChops(argv, { home });
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/is inside chops's data folder/);
    }
    expect(readFileSync(join(home, 'chops.db')).equals(before)).toBe(true);
    expect((await runChops(['repertoire', '--json'], { home })).code).toBe(0);
  });

  it('writes - to standard output, and a regular file whole with no temporary file left', async () => {
    const home = seededHome();
    const exported = await runChops(['export', '--out', '-'], { home });
    expect(JSON.parse(exported.stdout).chops).toBe(1);
    const svg = await runChops(['stats', '--svg', '-'], { home });
    expect(svg.stdout.startsWith('<?xml')).toBe(true);
    const folder = tempFolder();
    for (const argv of writers(join(folder, 'out.abc')))
      expect((await runChops(argv, { home })).code).toBe(0);
    expect(readdirSync(folder)).toEqual(['out.abc']);
    // A folder that does not exist is a one-line refusal, and nothing is left beside it.
    const missing = await runChops(['export', '--out', join(folder, 'no', 'x.json')], { home });
    expect(missing.stderr.trim()).toMatch(/^chops: cannot write .*x\.json: no such folder$/);
    expect(readdirSync(folder)).toEqual(['out.abc']);
  });
});

const main = fileURLToPath(new URL('../../src/faces/cli/main.ts', import.meta.url));

/** Runs chops as a process whose reader takes the first chunk of its output and closes the pipe. */
function closeAfterFirstChunk(
  argv: string[],
  home: string,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, ...argv], {
      env: { ...process.env, CHOPS_HOME: home, NO_COLOR: '1', CHOPS_NOW: '2026-03-05T08:00:00Z' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed standard output (chops … | head -c 100)', () => {
  it('ends chops quietly with its usual status', async () => {
    const home = seededHome();
    // Far more output than a pipe holds, so that chops is still writing when the reader leaves.
    const db = openDatabase(home);
    const store = new SqliteRepertoireStore(db);
    const now = new Date('2026-03-01T00:00:00Z');
    store.transaction(() => {
      for (let i = 0; i < 4000; i++)
        store.insertAbility({
          id: `pipe-${i}`,
          name: `ability number ${i} of the pipe test`,
          key: `ability number ${i} of the pipe test`,
          domain: 'pipes',
          kind: 'skill',
          summary: 'a summary long enough to fill the pipe quickly, line after line',
          status: 'own',
          createdAt: now,
          updatedAt: now,
        });
    });
    db.close();
    for (const argv of [['repertoire'], ['export']]) {
      const result = await closeAfterFirstChunk(argv, home);
      expect(result.stderr, argv.join(' ')).toBe('');
      expect(result.code, argv.join(' ')).toBe(0);
    }
  }, 60_000);
});
