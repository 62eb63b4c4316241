import { CommanderError } from '@commander-js/extra-typings';
import { redactSecrets, secretValues } from '../../adapters/models/index.js';
import { ChopsError, UsageError } from '../../domain/errors/index.js';
import { exitCodeOf } from './exit-codes.js';
import { terminalSafeLine } from './terminal-text.js';

/**
 * The one place where an error becomes output and an exit code (from the table in exit-codes.ts).
 * Expected failures print one line; only a bug (an error chops did not expect) prints a stack, and only
 * with CHOPS_DEBUG set.
 */
export function reportError(error: unknown, print: (line: string) => void, env: NodeJS.ProcessEnv): number {
  // Whatever said it (a provider's echo, a path, a URL), the environment's secrets are never printed.
  const secrets = secretValues(env);
  const write = (line: string) => print(redactSecrets(line, secrets));
  const known = asChopsError(error);
  if (known) {
    write(`chops: ${terminalSafeLine(known.message)}`);
    return exitCodeOf(known);
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`chops: internal error: ${terminalSafeLine(message)}`);
  if (env.CHOPS_DEBUG && error instanceof Error && error.stack) write(error.stack);
  else write('chops: this is a bug; run again with CHOPS_DEBUG=1 for details');
  return 1;
}

function asChopsError(error: unknown): ChopsError | undefined {
  if (error instanceof ChopsError) return error;
  if (error instanceof CommanderError)
    return new UsageError(`${error.message.replace(/^error: /, '').split('\n')[0]} (see chops --help)`);
  return undefined;
}
