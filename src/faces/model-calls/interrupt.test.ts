import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqlitePracticeStore } from '../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { fixtureStart, seedAbilityWithCards } from '../../usecases/practice/test-support/practice-fixture.js';
import { runCli } from '../cli/run-cli.js';

const tempFolder = temporaryFolders();
const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
let provider: Server | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  provider?.closeAllConnections();
  await new Promise<void>((resolve) => (provider ? provider.close(() => resolve()) : resolve()));
  provider = undefined;
});

/** A provider that takes every request and never answers, as a hung server does. */
async function hangingProvider(): Promise<{ baseUrl: string; requested: Promise<void> }> {
  let arrived!: () => void;
  const requested = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  provider = createServer((request) => {
    request.resume();
    arrived();
  });
  await new Promise<void>((resolve) => provider!.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(provider!.address() as AddressInfo).port}/v1`, requested };
}

/** Starts chops, waits for its model call to arrive, sends Ctrl-C and measures how long it takes to end. */
async function interruptAfterRequest(argv: string[], home: string): Promise<number> {
  const { baseUrl, requested } = await hangingProvider();
  child = spawn(process.execPath, ['--import', 'tsx', main, ...argv], {
    env: {
      ...process.env,
      CHOPS_HOME: home,
      NO_COLOR: '1',
      CHOPS_NOW: fixtureStart.toISOString(),
      CHOPS_MODEL: 'openai-compatible:qwen2.5-7b-instruct',
      CHOPS_BASE_URL: baseUrl,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const closed = new Promise<void>((resolve) => child!.on('close', () => resolve()));
  await requested;
  const started = Date.now();
  child.kill('SIGINT');
  await closed;
  return Date.now() - started;
}

describe('Ctrl-C during a model call', () => {
  it('stops imagine within a second while the provider hangs', async () => {
    const home = tempFolder();
    // A second at most by design; the bound leaves room for a loaded machine.
    expect(await interruptAfterRequest(['imagine', 'a waltz for my sister'], home)).toBeLessThan(3_000);
  }, 30_000);

  it('ends a terminal practice session at Ctrl-C while the grader hangs', async () => {
    const home = tempFolder();
    const db = openDatabase(home);
    seedAbilityWithCards(
      { practice: new SqlitePracticeStore(db), repertoire: new SqliteRepertoireStore(db) },
      'walking bass',
      2,
      { domain: 'jazz' },
    );
    db.close();
    const { baseUrl, requested } = await hangingProvider();
    // A terminal: readline reads Ctrl-C as a key and emits SIGINT itself; no process signal arrives.
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    const stderr = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    stderr.resume();
    const running = runCli(['practice', '--grade', 'model'], {
      stdin,
      stdout,
      stderr,
      env: {
        CHOPS_HOME: home,
        NO_COLOR: '1',
        CHOPS_NOW: fixtureStart.toISOString(),
        CHOPS_MODEL: 'openai-compatible:qwen2.5-7b-instruct',
        CHOPS_BASE_URL: baseUrl,
      },
    });
    await vi.waitFor(() => expect(printed).toContain('answer'), { timeout: 10_000 });
    stdin.write('root then fifth\r');
    await requested;
    const started = Date.now();
    stdin.write('\x03');
    expect(await running).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(printed).toContain('Reviewed 0 cards.');
  }, 30_000);
});
