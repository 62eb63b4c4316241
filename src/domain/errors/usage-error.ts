import { ChopsError } from './chops-error.js';

/** A command was called wrongly: unknown option, missing argument (the CLI exits 2, as DESIGN.md says). */
export class UsageError extends ChopsError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'usage', ...options });
  }
}
