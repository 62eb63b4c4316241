import { StoreError } from '../../domain/errors/index.js';

/**
 * Turns a file-system failure into a one-line StoreError that says what to do: disk full and no
 * permission are the ones a person can fix, so they get their own words. `action` reads as "to
 * <action> <path>", e.g. `write to`, `create`, `delete`.
 */
export function storeErrorFrom(error: unknown, action: string, path: string): StoreError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new StoreError(`Not enough disk space to ${action} ${path}; free some space and try again.`, {
      cause: error,
    });
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoreError(
      `No permission to ${action} ${path}; check the folder's permissions or set CHOPS_HOME.`,
      {
        cause: error,
      },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError(`Could not ${action} ${path}: ${reason}`, { cause: error });
}
