import { CheckFailedError } from './check-failed-error.js';
import { ChopsError } from './chops-error.js';
import { ModelError } from './model-error.js';
import { NotFoundError } from './not-found-error.js';
import { StoreError } from './store-error.js';
import { UsageError } from './usage-error.js';
import { UserInputError } from './user-input-error.js';

/**
 * Every class of error chops expects, by name. The faces give each its output in one table (the CLI an
 * exit code, the server a status), typed by `ErrorKind` so that a class added here without its entry
 * there does not compile.
 */
export const errorKinds = {
  ChopsError,
  UserInputError,
  UsageError,
  NotFoundError,
  ModelError,
  StoreError,
  CheckFailedError,
} as const;

export type ErrorKind = keyof typeof errorKinds;

const kindOfClass = new Map<unknown, ErrorKind>(
  Object.entries(errorKinds).map(([kind, errorClass]) => [errorClass, kind as ErrorKind]),
);

/**
 * The kind of `error`: its own class when that is one of errorKinds, else the nearest one it extends
 * (a face's own subclass of UserInputError is a UserInputError); undefined for an error chops did not
 * expect.
 */
export function errorKindOf(error: unknown): ErrorKind | undefined {
  if (!(error instanceof ChopsError)) return undefined;
  for (
    let prototype = Object.getPrototypeOf(error);
    prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    const kind = kindOfClass.get(prototype.constructor);
    if (kind) return kind;
  }
  return 'ChopsError';
}
