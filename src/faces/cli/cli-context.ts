import type { Readable, Writable } from 'node:stream';
import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { ChopsApp } from '../chops-app.js';
import { exitProcess, type Interrupt, type InterruptOptions, interruptible } from './interrupt.js';
import type { Output } from './output.js';
import { modelFlagHelp } from './provider-help.js';

/** The process's streams and environment, passed in so that tests run the CLI in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  fetch?: typeof globalThis.fetch;
}

/** The program with the global options every command accepts; their type comes from these declarations. */
export function chopsProgram() {
  return new Command('chops')
    .option('--home <dir>', 'data folder (default: $CHOPS_HOME, else ~/.local/share/chops)')
    .option('--model <provider:model>', modelFlagHelp)
    .option('--embed-model <provider:model>', 'embedding model (default: embedded word vectors)');
}

type GlobalOptions = ReturnType<ReturnType<typeof chopsProgram>['opts']>;

/** What a command's action gets: output, the streams, and chops itself, opened on first use. */
export interface CliContext {
  io: CliIo;
  output: Output;
  /** Opens chops for the global options of `command`; the same app for the whole run. */
  open(command: CommandUnknownOpts): ChopsApp;
  /** Whether the person is at a terminal that can answer questions. */
  interactive: boolean;
  /**
   * Runs work that Ctrl-C stops (see {@link interruptible}); should chops have to end the process
   * because the work did not wind down, it closes the app first.
   */
  interruptible<T>(work: (interrupt: Interrupt) => Promise<T>, options?: InterruptOptions): Promise<T>;
}

/** The CLI's context; `close` (or `await using`) closes the app it opened, if it opened one. */
export function createCliContext(
  io: CliIo,
  output: Output,
): CliContext & { close(): Promise<void> } & AsyncDisposable {
  let app: ChopsApp | undefined;
  const close = async () => {
    await app?.close();
  };
  // The releases' synchronous parts (the database, the sandbox process, generations) run before exit.
  const exit = (code: number) => {
    void close();
    exitProcess(code);
  };
  return {
    io,
    output,
    interactive: Boolean((io.stdin as { isTTY?: boolean }).isTTY && output.isTerminal),
    open(command) {
      if (!app) {
        const options = command.optsWithGlobals() as GlobalOptions;
        app = new ChopsApp({
          home: options.home,
          model: options.model,
          embedModel: options.embedModel,
          env: io.env,
          fetch: io.fetch,
          onNote: (text) => output.note(text),
        });
      }
      return app;
    },
    interruptible: (work, options) => interruptible(work, { exit, ...options }),
    close,
    [Symbol.asyncDispose]: close,
  };
}
