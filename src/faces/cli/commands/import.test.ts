import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { openDatabase } from '../../../adapters/store/open-database.js';
import { seedLedgerFixture } from '../../../usecases/measure/test-support/ledger-fixture.js';
import { rowCounts } from '../../../usecases/transfer/test-support/transfer-stores.js';

const tempFolder = temporaryFolders();
const env = { CHOPS_NOW: '2026-03-05T08:00:00Z' };

function seededHome(): string {
  const home = tempFolder();
  const db = openDatabase(home);
  seedLedgerFixture(db);
  db.close();
  return home;
}

function countsOf(home: string) {
  const db = openDatabase(home);
  try {
    return rowCounts(db);
  } finally {
    db.close();
  }
}

describe('chops export and chops import', () => {
  it('round-trips through the CLI: export to stdout, import from stdin into a fresh home, export again', async () => {
    const exported = await runChops(['export'], { home: seededHome(), env });
    expect(exported.code).toBe(0);
    const fresh = tempFolder();
    const imported = await runChops(['import', '-'], { home: fresh, env, stdin: exported.stdout });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported 1 person, 4 abilities, 7 events, 2 goals, 5 ideas');
    const again = await runChops(['export'], { home: fresh, env });
    expect(again.stdout).toBe(exported.stdout);
    const twice = await runChops(['import', '-'], { home: fresh, env, stdin: exported.stdout });
    expect(twice.stdout).toContain('Nothing new');
  });

  it('writes --out whole, leaving no temporary file, and imports it from a file', async () => {
    const out = tempFolder();
    const file = join(out, 'chops.json');
    const result = await runChops(['export', '--out', file], { home: seededHome(), env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Exported 4 abilities, 2 goals, 5 ideas, 3 artifacts, 2 tricks, 5 reviews/);
    expect(readdirSync(out)).toEqual(['chops.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      chops: 1,
      exportedAt: '2026-03-05T08:00:00.000Z',
    });
    const fresh = tempFolder();
    expect((await runChops(['import', file, '--json'], { home: fresh, env })).code).toBe(0);
    expect(countsOf(fresh)).toEqual(countsOf(seededHome()));
  });

  it('refuses hostile files in one line, exit 1, and leaves the database as it was', async () => {
    const home = seededHome();
    const before = countsOf(home);
    const good = (await runChops(['export'], { home, env })).stdout;
    const document = JSON.parse(good);
    const folder = tempFolder();
    const cases: [string, string, RegExp][] = [
      ['bad.json', '{"chops": 1, "abilities": [', /is not JSON/],
      ['version.json', JSON.stringify({ ...document, chops: 7 }), /newer chops/],
      ['proto.json', good.replace('"person": {', '"person": { "__proto__": { "x": 1 },'), /"__proto__"/],
      [
        'missing.json',
        JSON.stringify({
          ...document,
          artifacts: [{ ...document.artifacts[0], id: 'new-art', ideaId: 'gone' }],
        }),
        /artifacts\[0\] names idea "gone", which is neither in the file nor in chops/,
      ],
      [
        'control.json',
        JSON.stringify({
          ...document,
          goals: [{ ...document.goals[0], id: 'g9', domain: 'a\u0007b', ideas: [] }],
        }),
        /goals\[0\]\.domain: must not contain control characters/,
      ],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(join(folder, name), text);
      const result = await runChops(['import', join(folder, name)], { home, env });
      expect(result.code, name).toBe(1);
      expect(result.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(result.stderr, name).toMatch(message);
    }
    expect(countsOf(home)).toEqual(before);
    const absent = await runChops(['import', join(folder, 'nope.json')], { home, env });
    expect(absent).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
  });
});
