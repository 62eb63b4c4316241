import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { runCli } from '../run-cli.js';

const tempFolder = temporaryFolders();

/** Streams that pass for a terminal, so that chops asks its questions; keys are typed after a pause. */
function terminal() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 40 });
  let text = '';
  stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { stdin, stdout, output: () => text };
}

describe('chops aut at a terminal', () => {
  it('asks for one use per answer, ends on an empty answer, scores and keeps the answer', async () => {
    const home = tempFolder();
    const io = terminal();
    const stderr = new PassThrough();
    const run = runCli(['aut', '--object', 'brick', '--minutes', '2'], {
      stdin: io.stdin,
      stdout: io.stdout,
      stderr,
      env: { CHOPS_HOME: home, NO_COLOR: '1' },
    });
    const type = async (keys: string) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      io.stdin.write(keys);
    };
    for (const answer of ['a doorstop\r', 'grind it into pigment for a mural\r', '\r']) await type(answer);
    expect(await run).toBe(0);
    expect(io.output()).toContain('unusual, creative uses of a brick');
    expect(io.output()).toMatch(/fluency 2, originality \d\.\d\d/);
    const kept = JSON.parse((await runChops(['aut', '--history', '--json'], { home })).stdout);
    expect(kept).toMatchObject([{ object: 'brick', fluency: 2, uses: [{ response: 'a doorstop' }, {}] }]);
    expect(kept[0].seconds).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it('ends the task when the time is up, keeping the uses given so far', async () => {
    const home = tempFolder();
    const io = terminal();
    const run = runCli(['aut', '--object', 'paperclip', '--minutes', '0.02'], {
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: new PassThrough(),
      env: { CHOPS_HOME: home, NO_COLOR: '1' },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    io.stdin.write('bend it into a tiny sculpture\r');
    // No further answer: the time runs out (1.2 s) while chops waits for the next use.
    expect(await run).toBe(0);
    expect(io.output()).toContain('Time is up.');
    const kept = JSON.parse((await runChops(['aut', '--history', '--json'], { home })).stdout);
    expect(kept).toMatchObject([{ object: 'paperclip', fluency: 1 }]);
  }, 30_000);
});
