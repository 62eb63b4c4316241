import { ChopsError } from './chops-error.js';

/** The person gave something chops cannot use: an empty name, a bad flag value, a malformed file. */
export class UserInputError extends ChopsError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'user_input', ...options });
  }
}
