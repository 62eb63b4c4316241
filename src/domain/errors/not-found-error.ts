import { ChopsError } from './chops-error.js';

/** Something the person named (an ability, an idea, an artifact) is not there. */
export class NotFoundError extends ChopsError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'not_found', ...options });
  }
}
