import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { sandboxProcessesOf } from '../../../../test/support/sandbox-processes.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { openDatabase } from '../../../adapters/store/open-database.js';
import { SqlitePracticeStore } from '../../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import { newCard } from '../../../domain/practice/card.js';
import {
  fixtureStart,
  seedAbilityWithCards,
} from '../../../usecases/practice/test-support/practice-fixture.js';

const tempFolder = temporaryFolders();
const main = fileURLToPath(new URL('../main.ts', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

/** `chops serve` as a real process; resolves with the link it prints. */
function serve(home: string, args: string[] = []): Promise<{ link: string; output: () => string }> {
  const process_ = spawn(process.execPath, ['--import', 'tsx', main, 'serve', '--port', '0', ...args], {
    env: { ...process.env, CHOPS_HOME: home, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = process_;
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const link = /http:\/\/127\.0\.0\.1:\d+\/#code=[\w-]+/.exec(output)?.[0];
      if (link) resolve({ link, output: () => output });
    };
    process_.stdout!.on('data', onData);
    process_.stderr!.on('data', onData);
    process_.on('exit', (code) => reject(new Error(`chops serve exited with ${code}: ${output}`)));
  });
}

describe('chops serve', () => {
  it('prints a 127.0.0.1 link with a one-time code (the token stays in the data folder, 0600), serves it, and stops on Ctrl-C', async () => {
    const home = tempFolder();
    const { link, output } = await serve(home);
    const file = join(home, 'server-token');
    const token = readFileSync(file, 'utf8').trim();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(output()).not.toContain(token);

    const origin = new URL(link).origin;
    const code = new URLSearchParams(new URL(link).hash.slice(1)).get('code');
    const signIn = () =>
      fetch(`${origin}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    const signedIn = await signIn();
    expect(signedIn.status).toBe(200);
    const { session } = (await signedIn.json()) as { session: string };
    expect(
      (await fetch(`${origin}/api/abilities`, { headers: { authorization: `Bearer ${session}` } })).status,
    ).toBe(200);
    expect((await signIn()).status).toBe(401);
    const api = await fetch(`${origin}/api/abilities`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    expect(await api.json()).toEqual([]);
    expect((await fetch(`${origin}/api/abilities`)).status).toBe(401);

    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
    child!.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output()).toContain('stopped');

    // The same token on the next start, a new code.
    const again = await serve(home);
    expect(readFileSync(file, 'utf8').trim()).toBe(token);
    expect(again.link).not.toBe(link);
  }, 60_000);

  it('stops its sandbox process with it on Ctrl-C: nothing is left running', async () => {
    const home = tempFolder();
    const db = openDatabase(home);
    const stores = { practice: new SqlitePracticeStore(db), repertoire: new SqliteRepertoireStore(db) };
    const [plain] = seedAbilityWithCards(stores, 'a1', 1);
    const tests = 'assert.equal(double(21), 42);';
    const card = {
      trickId: plain!.trickId,
      abilityId: 'a1',
      kind: 'apply' as const,
      prompt: 'Write double(x).',
      answer: 'const double = (x) => 2 * x;',
    };
    stores.practice.insertTricks(
      [],
      [newCard({ ...card, formatCheck: { format: 'js', tests } }, 'c-js', fixtureStart)],
    );
    db.close();
    const { link } = await serve(home);
    const token = readFileSync(join(home, 'server-token'), 'utf8').trim();
    const checked = await fetch(`${new URL(link).origin}/api/practice/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cardId: 'c-js', answer: 'const double = (x) => x * 2;' }),
    });
    expect(await checked.json()).toMatchObject({ rating: 'good', by: 'check' });
    const sandbox = sandboxProcessesOf(child!.pid);
    expect(sandbox).toHaveLength(1);

    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
    child!.kill('SIGINT');
    expect(await exited).toBe(0);
    await vi.waitFor(() => expect(existsSync(`/proc/${sandbox[0]}`)).toBe(false), { timeout: 5_000 });
  }, 60_000);

  it('rejects a bad port as a usage error', async () => {
    const result = await runChops(['serve', '--port', '70000'], { home: tempFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('port number');
  });
});
