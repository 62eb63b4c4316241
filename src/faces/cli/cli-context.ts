import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { ChopsApp } from '../chops-app.js';
import type { Output } from './output.js';

/** The process's streams and environment, passed in so that tests run the CLI in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  fetch?: typeof globalThis.fetch;
}

/** The global options every command accepts. */
export interface GlobalOptions {
  home?: string;
  model?: string;
  embedModel?: string;
}

/** What a command's action gets: output, the streams, and chops itself, opened on first use. */
export interface CliContext {
  io: CliIo;
  output: Output;
  /** Opens chops for the global options of `command`; the same app for the whole run. */
  open(command: Command): ChopsApp;
  /** Whether the person is at a terminal that can answer questions. */
  interactive: boolean;
}

export function createCliContext(io: CliIo, output: Output): CliContext & { close(): Promise<void> } {
  let app: ChopsApp | undefined;
  return {
    io,
    output,
    interactive: Boolean((io.stdin as { isTTY?: boolean }).isTTY && output.isTerminal),
    open(command) {
      if (!app) {
        const options = command.optsWithGlobals<GlobalOptions>();
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
    async close() {
      await app?.close();
    },
  };
}
