import { ChopsError } from './chops-error.js';

/**
 * Work was done and kept, but its result fails its check: an artifact whose last attempt did not pass.
 * A script must be able to tell it from a model failure and from success (the CLI gives it exit 4).
 */
export class CheckFailedError extends ChopsError {
  constructor(message: string) {
    super(message, { code: 'check_failed' });
  }
}
