/**
 * The root of every error chops expects. What an error becomes for a person (an exit code, an HTTP
 * status) is the faces' business: the CLI and the server each map these classes in one table; anything
 * that is not a ChopsError is a bug and may show a stack trace.
 */
export class ChopsError extends Error {
  /** A short machine-readable code, used by `--json` output and the HTTP API. */
  readonly code: string;

  constructor(message: string, options: { code: string; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
  }

  static is(error: unknown): error is ChopsError {
    return error instanceof ChopsError;
  }
}
