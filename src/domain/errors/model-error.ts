import { ChopsError } from './chops-error.js';

/**
 * The model or its provider failed: no model configured, bad key, network fault after retries, output
 * that never matched the schema.
 */
export class ModelError extends ChopsError {
  /** Whether trying the same call again later may succeed (timeouts, 429, 5xx). */
  readonly isRetryable: boolean;

  constructor(message: string, options: { cause?: unknown; isRetryable?: boolean; code?: string } = {}) {
    super(message, { code: options.code ?? 'model', cause: options.cause });
    this.isRetryable = options.isRetryable ?? false;
  }
}
