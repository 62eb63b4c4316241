import { Command, type CommandUnknownOpts, Option } from '@commander-js/extra-typings';
import { CheckFailedError } from '../../../domain/errors/index.js';
import { make } from '../../../usecases/make/make.js';
import { madeJson } from '../../views/make-json.js';
import { attemptLine } from '../artifact-view.js';
import { askChecklist } from '../checklist-prompt.js';
import type { CliContext } from '../cli-context.js';
import { formatChoices, outHelp } from '../format-help.js';
import { terminalSafeLine } from '../terminal-text.js';
import { wholeNumber } from '../whole-number.js';
import { changedDataFiles, readDataFiles } from './data-files.js';
import { artifactFileKind, writeArtifactFile } from './write-artifact-file.js';

/** `chops make <idea-id>`: the idea made into a checked artifact, the model doing what the person cannot. */
export function makeCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('make')
    .description('make an idea into a real, checked artifact (code, music, a chart or a document)')
    .argument('<idea-id>', 'the idea (from chops ideas)')
    .addOption(
      new Option('-f, --format <format>', 'the format (default: chops picks one that fits)').choices(
        formatChoices,
      ),
    )
    .option('-a, --attempts <k>', 'attempts in all, repairs included (1 to 10)', wholeNumber(1, 10), 3)
    .option('-o, --out <file>', outHelp('also write the artifact'))
    .option('--midi-chords', 'in a .mid file, add an accompaniment generated from the chord symbols')
    .option(
      '--data <file...>',
      'your own data (.csv, .tsv or .json, up to 5 MB each): the model is told its columns, the artifact gets the rows',
    )
    .option('--json', 'print the artifact and every attempt as JSON')
    .action(async (ideaId, options, command) => {
      const app = cli.open(command);
      if (options.out && options.out !== '-' && options.format)
        artifactFileKind(options.out, app.formats.get(options.format));
      // Every file is read and checked before the model is asked anything, so a bad one costs nothing.
      const data = await readDataFiles(options.data ?? []);
      const deps = await app.deps.make();
      const { colors } = cli.output;
      return cli.interruptible(async ({ signal }) => {
        const result = await make(
          {
            ideaId: app.resolveId('idea', ideaId),
            format: options.format,
            attempts: options.attempts,
            signal,
            onProgress: (message) => cli.output.note(colors.dim(`… ${message}`)),
            onAttempt: (attempt) => cli.output.note(attemptLine(attempt, colors)),
            data,
          },
          deps,
        );
        for (const file of await changedDataFiles(data))
          cli.output.note(
            colors.yellow(
              `${terminalSafeLine(file)} changed while chops was making; the artifact used it as it was read (its hash is recorded)`,
            ),
          );
        const written = options.out
          ? await writeArtifactFile(
              options.out,
              result.artifact.format,
              result.attempts.at(-1)!.content,
              app.formats,
              { home: app.home, stdout: cli.io.stdout },
              { midiChords: options.midiChords === true },
            )
          : undefined;
        const { artifact } = result;
        // Every attempt is stored either way; a failing artifact is still a failed command for a script.
        const failed = () =>
          new CheckFailedError(
            `${artifact.id} still fails its check after ${result.attempts.length} attempts; every attempt is saved (chops artifact ${artifact.id})`,
          );
        // `-o -` makes standard output the artifact: the rest goes nowhere near it.
        if (written === '-') {
          if (!artifact.passed) throw failed();
          return;
        }
        if (options.json) {
          cli.output.json(madeJson(result, written));
          if (!artifact.passed) throw failed();
          return;
        }
        if (result.formatChosen)
          cli.output.line(colors.dim(`chops chose the ${artifact.format} format for this idea.`));
        const verdict = artifact.passed
          ? colors.green('passes its check')
          : colors.red(`still fails its check after ${result.attempts.length} attempts`);
        cli.output.line(
          `${colors.bold(terminalSafeLine(artifact.title))} [${artifact.id}] (${artifact.format}) ${verdict}`,
        );
        if (result.lent.length)
          cli.output.line(
            colors.yellow(`Lent to you by the model: ${result.lent.map(terminalSafeLine).join(', ')}`),
          );
        if (written) cli.output.line(`Written to ${written}`);
        cli.output.line(
          colors.dim(`See it: chops artifact ${artifact.id}   ·   learn from it: chops learn ${artifact.id}`),
        );
        const domain = app.ideas.getGoal(app.ideas.getIdea(artifact.ideaId)?.goalId ?? '')?.domain;
        await askChecklist(cli, result.toConfirm, domain ?? app.defaultDomain(undefined), deps);
        if (!artifact.passed) throw failed();
      });
    });
}
