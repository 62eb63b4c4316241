import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { redactSecrets } from '../../adapters/models/index.js';
import { type ChopsError, type ErrorKind, errorKindOf } from '../../domain/errors/index.js';
import { HttpError } from './http-error.js';

/** The body of every failed API request. */
interface ErrorBody {
  error: { code: string; message: string };
}

/** What an error becomes on the wire: a status and a body that never carries a stack. */
interface ErrorAnswer {
  status: ContentfulStatusCode;
  body: ErrorBody;
  /** Whether the error was a bug (worth logging on the server's side). */
  unexpected: boolean;
}

/**
 * The one table of the API's statuses (docs/http-api.md, "Errors"), by kind of error. No model
 * configured is the server's state, not a fault upstream: 503 until one is set.
 */
export const errorStatuses: Readonly<
  Record<ErrorKind, ContentfulStatusCode | ((error: ChopsError) => ContentfulStatusCode)>
> = {
  ChopsError: 400,
  UserInputError: 400,
  UsageError: 400,
  CheckFailedError: 400,
  NotFoundError: 404,
  StoreError: 500,
  ModelError: (error) => (error.code === 'no_model' ? 503 : 502),
};

/** The status a ChopsError is answered with, from errorStatuses. */
function statusOf(error: ChopsError): ContentfulStatusCode {
  const status = errorStatuses[errorKindOf(error) ?? 'ChopsError'];
  return typeof status === 'function' ? status(error) : status;
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
  if (error instanceof HTTPException)
    return answer(error.status, error instanceof HttpError ? error.code : 'http', error.message);
  if (errorKindOf(error)) {
    const known = error as ChopsError;
    return answer(statusOf(known), known.code, known.message);
  }
  return answer(500, 'internal', 'internal error: this is a bug; the server log has the details', true);
}
