import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();

async function setUp() {
  const home = tempFolder();
  await runChops(['can', 'blues scale', 'walking bass', '--domain', 'jazz'], { home });
  await runChops(['can', 'FFT', '--domain', 'dsp', '--kind', 'concept'], { home });
  await runChops(['can', 'ear training', '--domain', 'jazz'], { home });
  await runChops(['can', 'ear training', '--domain', 'classical'], { home });
  return home;
}

const names = (stdout: string) => (JSON.parse(stdout) as { name: string }[]).map((a) => a.name);

describe('chops repertoire', () => {
  it('lists as a table with counts, and filters by domain and status', async () => {
    const home = await setUp();
    const table = await runChops(['repertoire'], { home });
    expect(table.stdout).toMatch(/status\s+ability\s+domain\s+kind/);
    expect(table.stdout).toContain('5 abilities: 5 own, 0 lent, 0 learning');
    expect(names((await runChops(['repertoire', '--domain', 'JAZZ', '--json'], { home })).stdout)).toEqual([
      'blues scale',
      'ear training',
      'walking bass',
    ]);
    await runChops(['repertoire', 'status', 'FFT', 'learning'], { home });
    expect(
      names((await runChops(['repertoire', '--status', 'learning', '--json'], { home })).stdout),
    ).toEqual(['FFT']);
  });

  it('keeps the columns straight for CJK and emoji ability names', async () => {
    const home = tempFolder();
    await runChops(['can', '和声', '対位法の基礎', 'walking bass', '🎷 sax voicing', '--domain', '音楽'], {
      home,
    });
    const { stdout } = await runChops(['repertoire'], { home });
    const rows = stdout.split('\n').filter((line) => line.includes('音楽') || line.startsWith('status'));
    expect(rows).toHaveLength(5);
    // The domain column starts at the same terminal column on every row, header included.
    const columns = rows.map((row) => {
      const at = row.startsWith('status') ? row.indexOf('domain') : row.indexOf('音楽');
      return stringWidth(row.slice(0, at));
    });
    expect(new Set(columns).size).toBe(1);
  });

  it('says what to do when empty', async () => {
    const result = await runChops(['repertoire'], { home: tempFolder() });
    expect(result.stdout).toContain('No abilities yet. Add some: chops can');
  });

  it('renames, refusing a name that is already another ability', async () => {
    const home = await setUp();
    const renamed = await runChops(['repertoire', 'rename', 'Blues Scales', 'minor blues scale'], { home });
    expect(renamed.stdout).toContain('renamed "blues scale" to "minor blues scale"');
    const clash = await runChops(['repertoire', 'rename', 'walking bass', 'Minor Blues Scales'], { home });
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('"minor blues scale" already exists in "jazz"');
  });

  it('asks for a domain when a name is in several, and removes', async () => {
    const home = await setUp();
    const ambiguous = await runChops(['repertoire', 'remove', 'ear training'], { home });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('say which with --domain');
    const removed = await runChops(['repertoire', 'remove', 'ear training', '--domain', 'classical'], {
      home,
    });
    expect(removed.stdout).toContain('removed "ear training" (classical)');
    expect(names((await runChops(['repertoire', '--json'], { home })).stdout)).toHaveLength(4);
  });

  it('reports a missing ability and a bad status', async () => {
    const home = await setUp();
    const missing = await runChops(['repertoire', 'status', 'juggling', 'own'], { home });
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('no ability "juggling"') });
    const bad = await runChops(['repertoire', 'status', 'FFT', 'mine'], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'mine' is invalid for argument 'status'");
  });

  it('merges one ability into another, which keeps the further status', async () => {
    const home = await setUp();
    await runChops(['repertoire', 'status', 'walking bass', 'lent'], { home });
    const merged = await runChops(['repertoire', 'merge', 'blues scale', 'walking bass'], { home });
    expect(merged.stdout).toContain('merged "blues scale" into "walking bass" (own)');
    expect(names((await runChops(['repertoire', '--domain', 'jazz', '--json'], { home })).stdout)).toEqual([
      'ear training',
      'walking bass',
    ]);
  });

  it('keeps a status history', async () => {
    const home = await setUp();
    await runChops(['repertoire', 'status', 'FFT', 'lent'], { home });
    const same = await runChops(['repertoire', 'status', 'FFT', 'lent'], { home });
    expect(same.stdout).toContain('"FFT" is already lent');
  });
});
