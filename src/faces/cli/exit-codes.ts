import { type ErrorKind, errorKindOf } from '../../domain/errors/index.js';

/**
 * The one table of the CLI's exit codes (README, "Command reference"; DESIGN.md): 0 ok, 1 a user error,
 * 2 a usage error, 3 a model or provider failure, 4 made and stored but the last attempt fails its
 * check; a bug exits 1 too, and a Ctrl-C that had to end the process 130. A store that cannot be used
 * is the person's to fix (1), as is a failed scheduler fit.
 */
export const exitCodes: Readonly<Record<ErrorKind, number>> = {
  ChopsError: 1,
  UserInputError: 1,
  NotFoundError: 1,
  StoreError: 1,
  UsageError: 2,
  ModelError: 3,
  CheckFailedError: 4,
};

/** Ctrl-C that had to end the process (128 + SIGINT, as shells count it). */
export const interruptedExitCode = 130;

/** What an error that ends a command exits with: its kind's code, or 1 for a bug. */
export function exitCodeOf(error: unknown): number {
  const kind = errorKindOf(error);
  return kind ? exitCodes[kind] : 1;
}
