import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { cannotWrite } from '../../../adapters/files/file-errors.js';
import { UserInputError } from '../../../domain/errors/index.js';

/** Where a command's output may go: `-` is standard output; the data folder is never a target. */
export interface OutputTarget {
  /** chops's data folder: nothing inside it is written over (the live database, the token, models). */
  home: string;
  stdout: Writable;
}

const kinds: [(stat: Awaited<ReturnType<typeof lstat>>) => boolean, string][] = [
  [(stat) => stat.isDirectory(), 'a folder'],
  [(stat) => stat.isCharacterDevice() || stat.isBlockDevice(), 'a device'],
  [(stat) => stat.isFIFO(), 'a FIFO'],
  [(stat) => stat.isSocket(), 'a socket'],
];

/**
 * The one way chops writes an output file (export --out, stats --svg, make -o, artifact -o): only a
 * regular file, new or replaced whole through a temporary file renamed into place, so that a failure
 * never leaves half a file where a whole one was. A device (/dev/full), FIFO, socket, folder or symbolic
 * link is refused in one line, never replaced by a regular file; so is any file inside the data folder.
 * `-` writes to standard output. Returns the full path written, or `-`.
 */
export async function writeOutputFile(
  path: string,
  content: string | Uint8Array,
  target: OutputTarget,
): Promise<string> {
  if (path === '-') {
    target.stdout.write(content);
    return '-';
  }
  const full = await checkOutputTarget(path, target);
  // Unique and created exclusively: a name someone placed there (a link) is never followed.
  const temporary = join(
    dirname(full),
    `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    await rename(temporary, full);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw cannotWrite(path, error);
  }
  return full;
}

/**
 * The full path `path` names when chops may write it (see writeOutputFile), else a one-line
 * UserInputError; callers that render first (artifacts) check before they spend the time.
 */
export async function checkOutputTarget(path: string, target: OutputTarget): Promise<string> {
  if (path.trim() === '')
    throw new UserInputError('the output file name is empty (use - for standard output)');
  const full = resolve(path);
  const existing = await lstat(full).catch(() => undefined);
  if (existing?.isSymbolicLink()) {
    const points = await realpath(full).catch(() => 'nowhere');
    throw new UserInputError(
      `${path} is a symbolic link (to ${points}); chops does not write through links: name the file itself`,
    );
  }
  const kind = existing && kinds.find(([test]) => test(existing))?.[1];
  if (kind)
    throw new UserInputError(
      `${path} is ${kind}; chops writes only regular files (or - for standard output)`,
    );
  await refuseInsideDataFolder(path, full, target.home);
  return full;
}

async function refuseInsideDataFolder(path: string, full: string, home: string): Promise<void> {
  const data = await realPath(home);
  const inside = relative(data, await realPath(full));
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside)))
    throw new UserInputError(`${path} is inside chops's data folder (${data}); write it somewhere else`);
}

/** Where `path` really is, links in its folders resolved, though its last parts may not exist yet. */
async function realPath(path: string): Promise<string> {
  const rest: string[] = [];
  let at = resolve(path);
  for (;;) {
    const found = await realpath(at).catch(() => undefined);
    if (found !== undefined) return join(found, ...rest);
    const parent = dirname(at);
    if (parent === at) return resolve(path);
    rest.unshift(basename(at));
    at = parent;
  }
}
