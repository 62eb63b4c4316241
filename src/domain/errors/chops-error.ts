/**
 * The root of every error chops expects. The CLI and the server map these to output in one place each;
 * anything that is not a ChopsError is a bug and may show a stack trace.
 */
export class ChopsError extends Error {
  /** Process exit code when this error ends a CLI command (DESIGN.md: 1 user error, 2 usage, 3 model). */
  readonly exitCode: number;
  /** A short machine-readable code, used by `--json` output and the HTTP API. */
  readonly code: string;

  constructor(message: string, options: { code: string; exitCode: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.exitCode = options.exitCode;
  }

  static is(error: unknown): error is ChopsError {
    return error instanceof ChopsError;
  }
}
