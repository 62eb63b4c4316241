import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

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
      const link = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0];
      if (link) resolve({ link, output: () => output });
    };
    process_.stdout!.on('data', onData);
    process_.stderr!.on('data', onData);
    process_.on('exit', (code) => reject(new Error(`chops serve exited with ${code}: ${output}`)));
  });
}

describe('chops serve', () => {
  it('prints a 127.0.0.1 link with the install token (kept 0600), serves it, and stops on Ctrl-C', async () => {
    const home = tempFolder();
    const { link, output } = await serve(home);
    const token = new URL(link).searchParams.get('token')!;
    const file = join(home, 'server-token');
    expect(readFileSync(file, 'utf8').trim()).toBe(token);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const opened = await fetch(link, { redirect: 'manual' });
    expect(opened.status).toBe(302);
    expect(opened.headers.get('set-cookie')).toContain('HttpOnly');
    const origin = new URL(link).origin;
    const api = await fetch(`${origin}/api/abilities`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    expect(await api.json()).toEqual([]);
    expect((await fetch(`${origin}/api/abilities`)).status).toBe(401);

    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
    child!.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output()).toContain('stopped');

    // The same token on the next start: a bookmarked link keeps working.
    const again = await serve(home);
    expect(new URL(again.link).searchParams.get('token')).toBe(token);
  }, 60_000);

  it('rejects a bad port as a usage error', async () => {
    const result = await runChops(['serve', '--port', '70000'], { home: tempFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('port number');
  });
});
