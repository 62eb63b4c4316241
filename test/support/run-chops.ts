import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/faces/cli/run-cli.js';

export interface ChopsResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one chops command in this process, with its own streams, as a script would see it. */
export async function runChops(
  argv: readonly string[],
  options: { home: string; env?: NodeJS.ProcessEnv; stdin?: string; fetch?: typeof globalThis.fetch },
): Promise<ChopsResult> {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await runCli(argv, {
    stdin,
    stdout,
    stderr,
    env: { CHOPS_HOME: options.home, NO_COLOR: '1', ...options.env },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const main = fileURLToPath(new URL('../../src/faces/cli/main.ts', import.meta.url));

/** Runs chops as a separate process (from source, through tsx), for what only a real process shows. */
export function spawnChops(
  argv: readonly string[],
  options: {
    home: string;
    env?: NodeJS.ProcessEnv;
    uid?: number;
    gid?: number;
    /** Sent as standard input, which is then closed; without it standard input is /dev/null. */
    stdin?: string;
    /** `kill -9` the process this many milliseconds after it starts (the result's code is then -1). */
    killAfterMs?: number;
  },
): Promise<ChopsResult & { killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, ...argv], {
      env: { ...process.env, CHOPS_HOME: options.home, NO_COLOR: '1', ...options.env },
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
    let killed = false;
    const timer =
      options.killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = child.exitCode === null && child.kill('SIGKILL');
          }, options.killAfterMs);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, killed });
    });
  });
}
