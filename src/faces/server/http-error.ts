/**
 * An error that is already an HTTP answer: a status, a machine-readable code and a message for the
 * person. Routes and middleware throw it; the one error handler turns it into `{ error: { code, message } }`.
 */
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 500;
  readonly code: string;

  constructor(status: HttpError['status'], code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}
