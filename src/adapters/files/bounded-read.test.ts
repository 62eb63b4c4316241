import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { readBounded, readRegularFileSync, readStreamBounded } from './bounded-read.js';

const folder = temporaryFolders();
const limits = { maxBytes: 1024 * 1024, what: 'a chops export' };

describe('readBounded', () => {
  it('reads a regular file whole, and refuses one past the bound before reading it', async () => {
    const path = join(folder(), 'export.json');
    writeFileSync(path, '{"chops":1}');
    expect((await readBounded(path, limits)).toString()).toBe('{"chops":1}');
    writeFileSync(path, Buffer.alloc(limits.maxBytes + 1));
    await expect(readBounded(path, limits)).rejects.toThrow(
      /is larger than 1 MB; that is not a chops export/,
    );
  });

  it.each(['/dev/zero', '/dev/urandom'])('stops reading %s one chunk past the bound', async (device) => {
    await expect(readBounded(device, limits)).rejects.toThrow(`${device} is larger than 1 MB`);
  });

  it('returns at once from a FIFO that nobody writes to, instead of hanging', async () => {
    const fifo = join(folder(), 'fifo');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    await expect(readBounded(fifo, limits)).rejects.toThrow(
      /nothing arrived from .*fifo \(a FIFO no one writes to\)/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads what a writer sends through a FIFO, and bounds an endless one', async () => {
    const fifo = join(folder(), 'fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer waits in open() until chops opens the other end, as with `chops import <(cat file)`.
    const writer = spawn('sh', ['-c', `printf 'one\\n'; sleep 0.3; printf 'two\\n'`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const fifoWriter = spawn('sh', ['-c', `cat > ${fifo}`], { stdio: ['pipe', 'ignore', 'ignore'] });
    writer.stdout.pipe(fifoWriter.stdin);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await readBounded(fifo, { ...limits, idleMs: 5000 })).toString()).toBe('one\ntwo\n');
    const endless = join(folder(), 'endless');
    execFileSync('mkfifo', [endless]);
    const yes = spawn('sh', ['-c', `exec yes chops > ${endless}`]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(readBounded(endless, limits)).rejects.toThrow(/is larger than 1 MB/);
    yes.kill();
  });

  it('says in one line what is wrong with a path that is missing or a folder', async () => {
    await expect(readBounded(join(folder(), 'nope'), limits)).rejects.toThrow(
      /cannot read .*nope: no such file/,
    );
    await expect(readBounded(folder(), limits)).rejects.toThrow(/it is a folder/);
  });
});

describe('readStreamBounded', () => {
  it('refuses standard input past the bound', async () => {
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(64 * 1024, 120);
      })(),
    );
    await expect(readStreamBounded(endless, 'standard input', limits)).rejects.toThrow(
      /standard input is larger than 1 MB/,
    );
  });
});

describe('readRegularFileSync', () => {
  it('refuses a device or a file past the bound before reading, and says when there is none', () => {
    expect(() => readRegularFileSync('/dev/zero', 1000)).toThrow(/not a regular file/);
    const path = join(folder(), 'vectors.bin');
    writeFileSync(path, Buffer.alloc(2000));
    expect(() => readRegularFileSync(path, 1000)).toThrow(/more than 1000/);
    expect(readRegularFileSync(path, 4000)?.length).toBe(2000);
    expect(readRegularFileSync(join(folder(), 'none'), 1000)).toBeUndefined();
  });
});
