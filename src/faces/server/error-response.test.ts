import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { translateSqliteError } from '../../adapters/store/sqlite-errors.js';
import {
  ModelError,
  NotFoundError,
  StoreError,
  UsageError,
  UserInputError,
} from '../../domain/errors/index.js';
import { errorAnswer } from './error-response.js';
import { HttpError } from './http-error.js';

describe('errorAnswer', () => {
  it('maps each kind of error to its status and the one error shape', () => {
    const cases: [unknown, number, string][] = [
      [new UserInputError('bad'), 400, 'user_input'],
      [new UsageError('wrong'), 400, 'usage'],
      [new NotFoundError('gone'), 404, 'not_found'],
      [new ModelError('none', { code: 'no_model' }), 503, 'no_model'],
      [new ModelError('upstream 500', { isRetryable: true }), 502, 'model'],
      [new StoreError('disk full'), 500, 'store'],
      [new HttpError(415, 'unsupported_media_type', 'json please'), 415, 'unsupported_media_type'],
      // An SQLite error reaches the server as the store translated it.
      [translateSqliteError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' })), 500, 'store'],
      [new HTTPException(405), 405, 'http'],
    ];
    for (const [error, status, code] of cases) {
      const answer = errorAnswer(error);
      expect(answer.status).toBe(status);
      expect(answer.body.error.code).toBe(code);
      expect(answer.unexpected).toBe(false);
    }
  });

  it('hides the details of a bug behind a 500 and marks it for the log', () => {
    const answer = errorAnswer(new TypeError('secret internals at /home/x'));
    expect(answer).toMatchObject({ status: 500, unexpected: true, body: { error: { code: 'internal' } } });
    expect(answer.body.error.message).not.toContain('secret');
  });
});
