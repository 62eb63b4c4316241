import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { writeOutputFile } from './write-output-file.js';

const folder = temporaryFolders();

function target() {
  const home = folder();
  const stdout = new PassThrough();
  const written: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => written.push(chunk));
  return { home, stdout, written: () => Buffer.concat(written).toString() };
}

describe('writeOutputFile', () => {
  it('writes a new file and replaces a regular one whole, leaving no temporary file', async () => {
    const out = target();
    const dir = folder();
    const path = join(dir, 'export.json');
    expect(await writeOutputFile(path, 'first', out)).toBe(path);
    writeFileSync(path, 'x'.repeat(10_000));
    await writeOutputFile(path, 'second', out);
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['export.json']);
  });

  it('writes - to standard output', async () => {
    const out = target();
    expect(await writeOutputFile('-', '{"chops":1}', out)).toBe('-');
    expect(out.written()).toBe('{"chops":1}');
  });

  it('refuses /dev/full and leaves it the device it is', async () => {
    await expect(writeOutputFile('/dev/full', 'x', target())).rejects.toThrow(
      '/dev/full is a device; chops writes only regular files (or - for standard output)',
    );
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('refuses a FIFO at once (no writer waits for a reader) and a folder', async () => {
    const fifo = join(folder(), 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(writeOutputFile(fifo, 'x', target())).rejects.toThrow(/is a FIFO/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    await expect(writeOutputFile(folder(), 'x', target())).rejects.toThrow(/is a folder/);
  });

  it('refuses a symbolic link, saying where it points, and leaves link and file alone', async () => {
    const dir = folder();
    const real = join(dir, 'real.txt');
    writeFileSync(real, 'precious');
    const link = join(dir, 'link.txt');
    symlinkSync(real, link);
    await expect(writeOutputFile(link, 'x', target())).rejects.toThrow(
      `${link} is a symbolic link (to ${real}); chops does not write through links: name the file itself`,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('precious');
  });

  it('refuses any file inside the data folder, the live database above all, however it is named', async () => {
    const out = target();
    writeFileSync(join(out.home, 'chops.db'), 'live');
    mkdirSync(join(out.home, 'models'));
    for (const path of [
      join(out.home, 'chops.db'),
      join(out.home, 'models', 'x.gguf'),
      `${out.home}/../${out.home.split('/').at(-1)}/new.json`,
    ])
      await expect(writeOutputFile(path, 'x', out)).rejects.toThrow(/is inside chops's data folder/);
    expect(readFileSync(join(out.home, 'chops.db'), 'utf8')).toBe('live');
  });

  it('says in one line why a file cannot be written', async () => {
    await expect(writeOutputFile(join(folder(), 'no', 'such', 'x.json'), 'x', target())).rejects.toThrow(
      /cannot write .*x\.json: no such folder/,
    );
    await expect(writeOutputFile('', 'x', target())).rejects.toThrow(/empty/);
  });
});
