import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserInputError } from '../../domain/errors/index.js';
import { cannotRead } from './file-errors.js';

/**
 * Reading what a person points chops at, bounded while it is read: a file, a FIFO (a writer that never
 * comes must not hang chops), a device (/dev/zero, /dev/urandom never end), standard input. Each read
 * stops one byte past `maxBytes` and refuses in one line; nothing is read whole before it is measured.
 */
interface BoundedReadOptions {
  /** The most bytes a sensible input of this kind has. */
  maxBytes: number;
  /** What the input should be, for the refusal: "a chops export", "a list of abilities". */
  what: string;
  /** How long a FIFO or device may stay silent before chops gives up (default 30 s). */
  idleMs?: number;
}

const chunkBytes = 1 << 16;

/** The whole content of `path`, bounded. Errors are UserInputErrors that name the path. */
export async function readBounded(path: string, options: BoundedReadOptions): Promise<Buffer> {
  return collect(fileChunks(path, options));
}

/** The whole of a stream (standard input), bounded. */
export async function readStreamBounded(
  stream: Readable,
  source: string,
  options: BoundedReadOptions,
): Promise<Buffer> {
  return collect(streamChunks(stream, source, options));
}

/** `path` chunk by chunk as it arrives, for inputs read in constant memory; the bound still holds. */
export async function* fileChunks(path: string, options: BoundedReadOptions): AsyncGenerator<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // Non-blocking, so that opening a FIFO nobody writes to returns at once instead of waiting forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw cannotRead(path, 'EISDIR');
    if (stat.isFile() && stat.size > options.maxBytes) throw tooLarge(path, options);
    const idleMs = options.idleMs ?? 30_000;
    let total = 0;
    let quietSince = Date.now();
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkBytes);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, chunkBytes, null));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw cannotRead(path, error);
        if (Date.now() - quietSince > idleMs)
          throw new UserInputError(
            `nothing more arrived from ${path} for ${Math.round(idleMs / 1000)} s; gave up`,
          );
        await sleep(20);
        continue;
      }
      if (bytesRead === 0) break;
      quietSince = Date.now();
      total += bytesRead;
      if (total > options.maxBytes) throw tooLarge(path, options);
      yield buffer.subarray(0, bytesRead);
    }
    if (total === 0 && stat.isFIFO())
      throw new UserInputError(`nothing arrived from ${path} (a FIFO no one writes to)`);
  } finally {
    await handle.close();
  }
}

/** A stream chunk by chunk, bounded: past `maxBytes` it is destroyed and the read refused. */
export async function* streamChunks(
  stream: Readable,
  source: string,
  options: BoundedReadOptions,
): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.byteLength;
    if (total > options.maxBytes) {
      stream.destroy();
      throw tooLarge(source, options);
    }
    yield buffer;
  }
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const all: Buffer[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return Buffer.concat(all);
}

/**
 * A file chops itself locates (word vectors, dictionary, config), read at once, but only when it is a
 * regular file no larger than `maxBytes`: an environment variable pointing at /dev/zero or a FIFO is
 * refused before a byte is read. Returns undefined when there is no such file. Its errors are the
 * system's (or ENOTREG, ETOOBIG): the caller words them with file-errors.ts.
 */
export function readRegularFileSync(path: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREG' });
    if (stat.size > maxBytes)
      throw Object.assign(new Error(`${path} is ${stat.size} bytes, more than ${maxBytes}`), {
        code: 'ETOOBIG',
      });
    const buffer = Buffer.alloc(stat.size);
    let at = 0;
    while (at < stat.size) {
      const read = readSync(fd, buffer, at, stat.size - at, at);
      if (read === 0) break;
      at += read;
    }
    return at === stat.size ? buffer : buffer.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(source: string, options: BoundedReadOptions): UserInputError {
  return new UserInputError(
    `${source} is larger than ${megabytes(options.maxBytes)}; that is not ${options.what}`,
  );
}

function megabytes(bytes: number): string {
  return bytes >= 512 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
