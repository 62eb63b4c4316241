import { ChopsError } from './chops-error.js';

/**
 * Work was done and kept, but its result fails its check: an artifact whose last attempt did not pass.
 * Exit code 4, so that a script can tell it from a model failure (3) and from success.
 */
export class CheckFailedError extends ChopsError {
  constructor(message: string) {
    super(message, { code: 'check_failed', exitCode: 4 });
  }
}
