import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runChops } from '../support/run-chops.js';
import { temporaryFolders } from '../support/temp-folder.js';

// Bounded inputs: every file, FIFO, device and standard input chops reads is bounded while it is read,
// and a FIFO nobody writes to does not hang it. Each refusal is one line, exit 1, nothing written.

const tempFolder = temporaryFolders();
const main = fileURLToPath(new URL('../../src/faces/cli/main.ts', import.meta.url));

/** chops as a real process fed by a shell pipeline (`cat /dev/zero | chops import -`). */
function piped(
  producer: string,
  argv: string[],
  home: string,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const command = `${producer} | "${process.execPath}" --import tsx "${main}" ${argv.map((a) => `'${a}'`).join(' ')}`;
    const child = spawn('sh', ['-c', command], {
      env: { ...process.env, CHOPS_HOME: home, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

// Progress notes (building the dictionary on first use) may come first; the refusal is one line.
const oneLineRefusal = (result: { code: number | null; stderr: string }, message: RegExp) => {
  expect(result.stderr.split('\n').filter((line) => line.startsWith('chops:'))).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).toMatch(message);
  expect(result.code).toBe(1);
};

describe('bounded inputs', () => {
  it.each([
    ['/dev/zero', /\/dev\/zero is larger than 256 MB; that is not a chops export/],
    ['/dev/urandom', /\/dev\/urandom is larger than 256 MB/],
  ])(
    'import %s stops at the bound',
    async (device, message) => {
      oneLineRefusal(await runChops(['import', device], { home: tempFolder() }), message);
    },
    60_000,
  );

  it('import of a FIFO nobody writes to ends at once; an endless FIFO stops at the bound', async () => {
    const folder = tempFolder();
    const fifo = join(folder, 'silent');
    execFileSync('mkfifo', [fifo]);
    oneLineRefusal(await runChops(['import', fifo], { home: tempFolder() }), /nothing arrived from .*silent/);
    const endless = join(folder, 'endless');
    execFileSync('mkfifo', [endless]);
    const writer = spawn('sh', ['-c', `exec yes '{"chops":1}' > ${endless}`]);
    // Hold a reading end until the writer is there, so that chops meets a FIFO with a writer however
    // slowly the shell starts (without one, "nothing arrived" is the right answer).
    const held = openSync(endless, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      await writerArrived(held);
      oneLineRefusal(
        await runChops(['import', endless], { home: tempFolder() }),
        /endless is larger than 256 MB/,
      );
    } finally {
      closeSync(held);
      writer.kill();
    }
  }, 60_000);

  it('endless standard input stops at the bound (import -, can --from -)', async () => {
    const home = tempFolder();
    oneLineRefusal(
      await piped('cat /dev/zero', ['import', '-'], home),
      /standard input is larger than 256 MB/,
    );
    oneLineRefusal(
      await piped('yes "walking bass"', ['can', '--from', '-', '--domain', 'jazz'], home),
      /standard input is larger than 1 MB; that is not a list of abilities/,
    );
  }, 60_000);

  it('dat --file /dev/zero ends with one line instead of never', async () => {
    oneLineRefusal(
      await runChops(['dat', '--file', '/dev/zero'], { home: tempFolder() }),
      /\/dev\/zero is larger than 256 MB; that is not a file of DAT lists/,
    );
  }, 120_000);

  it('CHOPS_VECTORS=/dev/zero is refused before a byte is read', async () => {
    const result = await runChops(['can', 'walking bass', '--domain', 'jazz'], {
      home: tempFolder(),
      env: { CHOPS_VECTORS: '/dev/zero' },
    });
    oneLineRefusal(result, /word vectors at \/dev\/zero: not a regular file/);
  });
});

/** Waits until something has been written into the FIFO open (non-blocking) at `fd`. */
async function writerArrived(fd: number): Promise<void> {
  const buffer = Buffer.alloc(1);
  for (let tries = 0; tries < 500; tries++) {
    try {
      if (readSync(fd, buffer, 0, 1, null) > 0) return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the FIFO writer never started');
}
