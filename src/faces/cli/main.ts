import { endQuietlyWhenClosed } from './closed-output.js';
import { runCli } from './run-cli.js';

endQuietlyWhenClosed(process.stdout);
endQuietlyWhenClosed(process.stderr);

// The process entry point: real streams in, exit code out.
const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
