import { ChopsError } from './chops-error.js';

/** The data folder or database cannot be used: newer schema, corrupt file, no permission. */
export class StoreError extends ChopsError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'store', ...options });
  }
}
