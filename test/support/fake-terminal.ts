import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/faces/cli/cli-context.js';

/**
 * A terminal for the CLI's conversations: stdin and stdout claim to be a TTY, and each step types its
 * keys once its text has appeared on screen (after the previous step's), as a person would.
 */
export function fakeTerminal(steps: { after: string; keys: string }[], env: NodeJS.ProcessEnv = {}) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 40 });
  let shown = '';
  let from = 0;
  const pending = [...steps];
  stdout.on('data', (chunk: Buffer) => {
    shown += chunk.toString('utf8');
    const next = pending[0];
    if (!next) return;
    const at = shown.indexOf(next.after, from);
    if (at < 0) return;
    pending.shift();
    from = at + next.after.length;
    setTimeout(() => stdin.write(next.keys), 10);
  });
  const io: CliIo = { stdin, stdout, stderr: new PassThrough(), env: { NO_COLOR: '1', ...env } };
  return { io, shown: () => shown, left: () => pending.length };
}

export const keys = { down: '\u001b[B', enter: '\r', space: ' ', ctrlC: '\u0003' } as const;
