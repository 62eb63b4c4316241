import { spawn } from 'node:child_process';
import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { UserInputError } from '../../../domain/errors/index.js';
import { startServer } from '../../server/start-server.js';
import type { CliContext } from '../cli-context.js';
import { untilAborted } from '../interrupt.js';
import { wholeNumber } from '../whole-number.js';

const defaultPort = 4117;

/** `chops serve`: the whole loop in a browser, on 127.0.0.1 only, until Ctrl-C. */
export function serveCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('serve')
    .description('the web app: start a local server (127.0.0.1 only) and print its link')
    .option(
      '-p, --port <port>',
      `port to listen on (0 picks a free one)`,
      wholeNumber(0, 65_535, { what: 'a port number', note: ' (0 picks a free one)' }),
      defaultPort,
    )
    .option('--open', 'open the link in your browser')
    .action(async (options, command) => {
      const app = cli.open(command);
      // Opened before listening: a read-only or full folder, or a newer schema, refuses in one line here
      // rather than starting a server that answers 500.
      void app.db;
      const server = await startServer({
        app,
        port: options.port,
        env: cli.io.env,
        log: (text) => cli.output.note(text),
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE')
          throw new UserInputError(`port ${options.port} is in use: choose another with --port`);
        throw error;
      });
      cli.output.line(`chops is serving the web app at ${server.link}`);
      cli.output.line(
        cli.output.colors.dim(
          'The link signs one browser in, once. Scripts use the token in the data folder. Ctrl-C stops.',
        ),
      );
      if (options.open) openBrowser(server.link, (text) => cli.output.note(text));
      await cli.interruptible(({ signal }) => untilAborted(signal), { signals: ['SIGINT', 'SIGTERM'] });
      await server.close();
      cli.output.note('stopped');
    });
}

/** The platform's opener, detached: a missing one only costs a note, never the server. */
function openBrowser(link: string, note: (text: string) => void): void {
  const opener =
    process.platform === 'darwin'
      ? ['open']
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '']
        : ['xdg-open'];
  try {
    const child = spawn(opener[0]!, [...opener.slice(1), link], { detached: true, stdio: 'ignore' });
    child.on('error', () => note('could not open a browser: open the link yourself'));
    child.unref();
  } catch {
    note('could not open a browser: open the link yourself');
  }
}
