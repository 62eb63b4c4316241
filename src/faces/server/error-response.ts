import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { redactSecrets } from '../../adapters/models/index.js';
import {
  ChopsError,
  ModelError,
  NotFoundError,
  StoreError,
  UsageError,
  UserInputError,
} from '../../domain/errors/index.js';
import { HttpError } from './http-error.js';

/** The body of every failed API request. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** What an error becomes on the wire: a status and a body that never carries a stack. */
export interface ErrorAnswer {
  status: ContentfulStatusCode;
  body: ErrorBody;
  /** Whether the error was a bug (worth logging on the server's side). */
  unexpected: boolean;
}

/**
 * The one mapping from errors to HTTP answers, for JSON responses and for the `error` event of a
 * stream alike. Expected failures say what went wrong; anything else is an internal error whose
 * details stay on the server.
 */
export function errorAnswer(error: unknown, secrets: readonly string[] = []): ErrorAnswer {
  const answer = (status: ContentfulStatusCode, code: string, message: string, unexpected = false) => ({
    status,
    // The environment's secrets never reach a client, whoever quoted them.
    body: { error: { code, message: redactSecrets(message, secrets) } },
    unexpected,
  });
  if (error instanceof HttpError) return answer(error.status, error.code, error.message);
  if (error instanceof UserInputError || error instanceof UsageError)
    return answer(400, error.code, error.message);
  if (error instanceof NotFoundError) return answer(404, error.code, error.message);
  // No model configured is the server's state, not a fault upstream: 503 until one is set.
  if (error instanceof ModelError)
    return answer(error.code === 'no_model' ? 503 : 502, error.code, error.message);
  if (error instanceof StoreError) return answer(500, error.code, error.message);
  if (error instanceof ChopsError) return answer(400, error.code, error.message);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_'))
    return answer(500, 'store', `database error (${code})`);
  return answer(500, 'internal', 'internal error: this is a bug; the server log has the details', true);
}
