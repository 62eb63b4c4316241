import { readFileSync } from 'node:fs';
import { CommanderError, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { type CliIo, chopsProgram, createCliContext } from './cli-context.js';
import { artifactCommand, artifactsCommand } from './commands/artifacts.js';
import { autCommand } from './commands/aut.js';
import { canCommand } from './commands/can.js';
import { cardCommand } from './commands/card.js';
import { checkCommand } from './commands/check.js';
import { configCommand } from './commands/config.js';
import { datCommand } from './commands/dat.js';
import { drillCommand } from './commands/drill.js';
import { exportCommand } from './commands/export.js';
import { ideaCommand, ideasCommand } from './commands/ideas.js';
import { imagineCommand } from './commands/imagine.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { lackCommand } from './commands/lack.js';
import { learnCommand } from './commands/learn.js';
import { makeCommand } from './commands/make.js';
import { modelCommand } from './commands/model.js';
import { practiceCommand } from './commands/practice.js';
import { repertoireCommand } from './commands/repertoire.js';
import { serveCommand } from './commands/serve.js';
import { guidedSession } from './commands/session.js';
import { similarityCommand } from './commands/similarity.js';
import { statsCommand } from './commands/stats.js';
import { createOutput } from './output.js';
import { reportError } from './report-error.js';

/** chops's version, from its package.json (two levels above both src/faces/cli and dist/faces/cli). */
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Runs one chops command line and returns its exit code (0 ok, else from exit-codes.ts).
 * This file only registers commands; each lives in its own file under commands/.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const output = createOutput(io.stdout, io.stderr, io.env);
  // Closed however the command ends: done, failed, or stopped by Ctrl-C.
  await using cli = createCliContext(io, output);
  const program = chopsProgram()
    .description('Widen what you can imagine: ideas past your repertoire, made real, practised until yours.')
    .version(version, '-V, --version')
    .action((_options, command) => guidedSession(cli, command));
  for (const make of [
    initCommand,
    canCommand,
    lackCommand,
    repertoireCommand,
    imagineCommand,
    ideasCommand,
    ideaCommand,
    makeCommand,
    artifactsCommand,
    artifactCommand,
    checkCommand,
    learnCommand,
    practiceCommand,
    cardCommand,
    drillCommand,
    datCommand,
    similarityCommand,
    autCommand,
    statsCommand,
    exportCommand,
    importCommand,
    modelCommand,
    configCommand,
    serveCommand,
  ]) {
    program.addCommand(make(cli));
  }
  configure(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError && (error.exitCode === 0 || error.code === 'commander.help'))
      return 0;
    return reportError(error, (line) => io.stderr.write(`${line}\n`), io.env);
  }
}

// Commander must not exit the process or print its own errors: reportError does both jobs, once.
function configure(command: CommandUnknownOpts, io: CliIo): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => {
      if (!text.startsWith('error:')) io.stderr.write(text);
    },
  });
  for (const sub of command.commands) configure(sub, io);
}
