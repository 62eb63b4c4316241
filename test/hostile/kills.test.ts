import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/store/open-database.js';
import { SqlitePracticeStore } from '../../src/adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../src/adapters/store/sqlite-repertoire-store.js';
import { seedLedgerFixture } from '../../src/usecases/measure/test-support/ledger-fixture.js';
import { seedAbilityWithCards } from '../../src/usecases/practice/test-support/practice-fixture.js';
import { runChops, spawnChops } from '../support/run-chops.js';
import { type ScriptedProvider, startScriptedProvider } from '../support/scripted-provider.js';
import { temporaryFolders } from '../support/temp-folder.js';
import { databaseProblems, tableCounts } from './support/database-checks.js';
import { hostileModel } from './support/hostile-model.js';
import { killPoints, killSeed, killsPerCommand } from './support/kill-points.js';

// kill -9 at random moments of make, learn, practice and import, each followed by SQLite's integrity
// check and chops's own consistency rules (support/database-checks.ts). The moments are spread over a
// measured unkilled run of the same command, so they land in start-up, model calls, checks and writes.

const tempFolder = temporaryFolders();
const seed = killSeed();
let provider: ScriptedProvider;
let modelEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  provider = await startScriptedProvider(hostileModel);
  modelEnv = { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
  console.info(`kill runs: CHOPS_HOSTILE_SEED=${seed} CHOPS_HOSTILE_KILLS=${killsPerCommand}`);
});
afterAll(() => provider.close());

/** Runs `argv` once unkilled (it must succeed), then kills it at random moments, checking after each. */
async function killRepeatedly(
  home: string,
  argv: (run: number) => string[],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ killed: number; finished: number }> {
  const env = { ...modelEnv, ...extraEnv };
  const started = Date.now();
  const clean = await spawnChops(argv(0), { home, env });
  expect(clean.code, clean.stderr).toBe(0);
  const duration = Date.now() - started;
  let killed = 0;
  const points = killPoints(seed + argv(0).join(' ').length, killsPerCommand, duration * 0.2, duration * 0.9);
  for (const [i, delay] of points.entries()) {
    const run = await spawnChops(argv(i + 1), { home, env, killAfterMs: delay });
    if (run.killed) killed++;
    else expect(run.code, `${argv(i + 1).join(' ')}: ${run.stderr}`).toBe(0);
    expect(databaseProblems(home), `after kill -9 at ${delay} ms of ${argv(i + 1).join(' ')}`).toEqual([]);
  }
  console.info(`${argv(0)[0]}: ${killed} of ${points.length} kills landed before it ended`);
  return { killed, finished: points.length - killed };
}

async function homeWithIdea(): Promise<{ home: string; ideaId: string }> {
  const home = tempFolder();
  await runChops(['init', '--domain', 'composition', '-a', 'waltz form'], { home });
  const imagined = await runChops(['imagine', 'a piece about the sea', '-n', '1', '--json'], {
    home,
    env: modelEnv,
  });
  expect(imagined.code, imagined.stderr).toBe(0);
  return { home, ideaId: JSON.parse(imagined.stdout).reach[0].id as string };
}

describe('kill -9 at random points', () => {
  it('of make: never an artifact without attempts, never a passing attempt under a failing artifact', async () => {
    const { home, ideaId } = await homeWithIdea();
    const { killed } = await killRepeatedly(home, () => ['make', ideaId, '--format', 'abc']);
    expect(killed).toBeGreaterThan(0);
  }, 240_000);

  it('of learn: tricks land with their cards and the ability’s new status, or not at all', async () => {
    const { home, ideaId } = await homeWithIdea();
    const artifacts: string[] = [];
    for (let i = 0; i <= killsPerCommand; i++) {
      const made = await runChops(['make', ideaId, '--format', 'abc', '--json'], { home, env: modelEnv });
      expect(made.code, made.stderr).toBe(0);
      artifacts.push(JSON.parse(made.stdout).id as string);
    }
    const { killed } = await killRepeatedly(home, (run) => ['learn', artifacts[run]!]);
    expect(killed).toBeGreaterThan(0);
  }, 240_000);

  it('of practice: every review lands with its card’s new memory, or neither does', async () => {
    const home = tempFolder();
    const db = openDatabase(home);
    const stores = { practice: new SqlitePracticeStore(db), repertoire: new SqliteRepertoireStore(db) };
    const cards = seedAbilityWithCards(stores, 'walking bass', killsPerCommand + 1);
    db.close();
    const practiceEnv = { CHOPS_NOW: '2026-03-02T09:00:00.000Z' };
    const answer = (run: number) => ['practice', '--answer', cards[run]!.id, '--rating', 'good'];
    const { killed } = await killRepeatedly(home, answer, practiceEnv);
    expect(killed).toBeGreaterThan(0);
  }, 240_000);

  it('of import: all of the file or none of it', async () => {
    const source = tempFolder();
    seedLedgerFixture(openDatabase(source));
    const exported = await runChops(['export'], { home: source });
    const document = JSON.parse(exported.stdout);
    // Large enough that the import takes a while: thousands of abilities with their history.
    for (let i = 0; i < 5000; i++)
      document.abilities.push({
        ...document.abilities[0],
        id: `bulk-${i}`,
        name: `bulk ability ${i}`,
        events: [{ status: 'own', at: document.abilities[0].createdAt }],
      });
    const file = join(tempFolder(), 'export.json');
    writeFileSync(file, JSON.stringify(document));
    const empty = tempFolder();
    openDatabase(empty).close();
    const before = tableCounts(empty);
    // Each run imports into a fresh copy of the empty home, so "all" is always the same counts.
    const homes: string[] = [];
    const copy = () => {
      const home = tempFolder();
      cpSync(empty, home, { recursive: true });
      homes.push(home);
      return home;
    };
    const full = copy();
    const started = Date.now();
    expect((await spawnChops(['import', file], { home: full })).code).toBe(0);
    const duration = Date.now() - started;
    const all = tableCounts(full);
    expect(all.abilities).toBe(before.abilities! + document.abilities.length);
    let landed = 0;
    let kept = 0;
    let tries = 0;
    const killAt = async (delay: number) => {
      tries++;
      const home = copy();
      const run = await spawnChops(['import', file], { home, killAfterMs: delay });
      // The fixture's made-up history need not keep chops's own rules: SQLite's and all-or-nothing do.
      expect(databaseProblems(home, { chopsRules: false }), `after kill -9 at ${delay} ms of import`).toEqual(
        [],
      );
      if (run.killed) landed++;
      const counts = tableCounts(home);
      if (JSON.stringify(counts) === JSON.stringify(all)) kept++;
      expect([JSON.stringify(before), JSON.stringify(all)], `killed: ${run.killed}`).toContain(
        JSON.stringify(counts),
      );
    };
    for (const delay of killPoints(seed, killsPerCommand, duration * 0.3, duration * 1.05))
      await killAt(delay);
    // Runs vary in speed on a shared machine: when every random moment came after the import had
    // ended, earlier moments are tried until one kill lands, so the test never passes having killed nothing.
    for (let delay = duration * 0.5; landed === 0 && delay >= 20; delay /= 2) await killAt(Math.round(delay));
    console.info(
      `import: ${landed} of ${tries} kills landed before it ended; ${kept} runs had imported all of it`,
    );
    expect(landed).toBeGreaterThan(0);
  }, 240_000);
});
