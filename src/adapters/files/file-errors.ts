import { StoreError, UserInputError } from '../../domain/errors/index.js';

/** What chops was doing with a file when it failed; it words the message and what "missing" means. */
type FileAction = 'read' | 'write' | 'write to' | 'create' | 'build' | 'delete' | 'use';

/** File-system error codes in the person's words (ENOENT and ENOTDIR depend on the action). */
const reasons: Readonly<Record<string, string>> = {
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an error',
  ENXIO: 'nothing is there to read from',
  EEXIST: 'something else is already there',
  EBUSY: 'it is in use',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  // Not the system's: readRegularFileSync's refusals of what is not a regular file of a sensible size.
  ENOTREG: 'not a regular file',
};

/**
 * Why a file operation failed, in a few words: "no such file", "the disk is full". A code with no words
 * here keeps the system's description and its code ("cross-device link not permitted (EXDEV)").
 */
export function fileErrorReason(error: unknown, action: FileAction = 'read'): string {
  const { code, message = String(error) } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return action === 'read' || action === 'build' || action === 'delete' ? 'no such file' : 'no such folder';
  if (code === 'ETOOBIG') return message.replace(/^.* is /, '');
  if (code && reasons[code]) return reasons[code];
  const description = /^[A-Z0-9_]+: ([^,]+)/.exec(message)?.[1] ?? message;
  return code && !description.includes(code) ? `${description} (${code})` : description;
}

/** `error`, or a bare code ("EISDIR") for a refusal chops makes itself, as an error with that code. */
function asError(error: unknown): unknown {
  return typeof error === 'string' ? Object.assign(new Error(error), { code: error }) : error;
}

/** A failed read of a file the person named, as one line: "cannot read notes.txt: no such file". */
export function cannotRead(path: string, error: unknown): UserInputError {
  const cause = asError(error);
  return new UserInputError(`cannot read ${path}: ${fileErrorReason(cause, 'read')}`, { cause });
}

/** A failed write of a file the person named: "cannot write out.json: the disk is full". */
export function cannotWrite(path: string, error: unknown): UserInputError {
  const cause = asError(error);
  return new UserInputError(`cannot write ${path}: ${fileErrorReason(cause, 'write')}`, { cause });
}

/**
 * A failed operation on a file of chops's own (the data folder, models, word vectors, the dictionary,
 * the config) as a StoreError: "cannot write to /home/x/models/m.gguf: the disk is full". `target`
 * names the file: a path, or "the data folder /home/x".
 */
export function storeFileError(error: unknown, action: FileAction, target: string): StoreError {
  const cause = asError(error);
  return new StoreError(`cannot ${action} ${target}: ${fileErrorReason(cause, action)}`, { cause });
}
