import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Hono's HTTPException with the machine-readable code of chops's error body: routes and middleware
 * throw it for a refusal that is already an HTTP answer (no token, a foreign Host, a body over the
 * limit); the one error handler turns it into `{ error: { code, message } }`.
 */
export class HttpError extends HTTPException {
  readonly code: string;

  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(status, { message });
    this.name = 'HttpError';
    this.code = code;
  }
}
