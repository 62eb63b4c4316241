import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();
const script = fileURLToPath(new URL('./test-support/serve-with-chart-links.ts', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

type Json = Record<string, any>;

describe('a running server', () => {
  it('outlives a chart with links and any promise a library left rejected, and says so in its log', async () => {
    const home = tempFolder();
    child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, CHOPS_HOME: home },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let exited: number | null | undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('exit', (code) => {
      exited = code;
    });
    const until = async (ready: () => boolean) => {
      while (!ready() && exited === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await until(() => stdout.includes('\n'));
    const origin = new URL(stdout.trim()).origin;
    const token = readFileSync(join(home, 'server-token'), 'utf8').trim();
    const post = async (path: string, body: unknown) =>
      (await fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })) as Response;

    const imagined = (await (
      await post('/api/imagine', { goal: 'a chart of the tides', count: 1 })
    ).json()) as Json;
    const made = await post('/api/make', { ideaId: imagined.reach[0].id, format: 'vega-lite', attempts: 2 });
    expect(made.status, stderr).toBe(200);
    const artifact = (await made.json()) as Json;
    // Whatever the chart's check says of the links, the artifact is whole: content and its attempts.
    expect(artifact.attempts.length).toBeGreaterThanOrEqual(1);
    expect(artifact.attempts[0].content).toContain('tides.example');

    child.stdin!.write('reject\n');
    await until(() => /reading "sanitize"/.test(stderr));
    expect(exited, stderr).toBeUndefined();
    expect(stderr).toContain('rejected promise');
    const api = await fetch(`${origin}/api/artifacts`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    expect(((await api.json()) as Json[]).map((a) => a.id)).toEqual([artifact.id]);
    expect(exited).toBeUndefined();
  }, 60_000);
});
