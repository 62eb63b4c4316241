import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { NotFoundError } from '../../../domain/errors/index.js';
import { learnedFrom } from '../../../usecases/learn/learned-from.js';
import { artifactDetailJson, artifactJson } from '../../views/artifact-json.js';
import { attemptLine } from '../artifact-view.js';
import type { CliContext } from '../cli-context.js';
import { outHelp } from '../format-help.js';
import { table } from '../output.js';
import { terminalSafe, terminalSafeLine } from '../terminal-text.js';
import { wholeNumber } from '../whole-number.js';
import { writeArtifactFile } from './write-artifact-file.js';

/** `chops artifacts`: every artifact made, newest first. */
export function artifactsCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('artifacts')
    .description('list the artifacts made, newest first')
    .option('--idea <id>', 'only those of this idea')
    .option('--json', 'print as JSON')
    .action((options, command) => {
      const app = cli.open(command);
      const artifacts = app.artifacts.listArtifacts({
        ideaId: options.idea && app.resolveId('idea', options.idea),
      });
      if (options.json) return cli.output.json(artifacts.map((a) => artifactJson(a)));
      if (artifacts.length === 0)
        return cli.output.line('No artifacts yet. Make one from an idea: chops make <idea-id>');
      const { colors } = cli.output;
      cli.output.line(
        table(
          artifacts.map((a) => [
            { text: a.id, color: colors.dim },
            a.format,
            a.passed ? { text: 'passes', color: colors.green } : { text: 'fails', color: colors.red },
            a.title,
          ]),
          { header: ['id', 'format', 'check', 'title'].map((h) => colors.bold(h)) },
        ),
      );
    });
}

/** `chops artifact <id>`: one artifact, its last attempt (or the one asked for), its check. */
export function artifactCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('artifact')
    .description('show one artifact, or write it to a file')
    .argument('<id>', 'the artifact (from chops artifacts)')
    .option('--attempt <n>', 'that attempt instead of the last', wholeNumber(1))
    .option('-o, --out <file>', outHelp('write it'))
    .option('--midi-chords', 'in a .mid file, add an accompaniment generated from the chord symbols')
    .option('--json', 'print as JSON, every attempt included')
    .action(async (id, options, command) => {
      const app = cli.open(command);
      const artifact = app.artifacts.getArtifact(app.resolveId('artifact', id));
      if (!artifact) throw new NotFoundError(`no artifact "${id}" (see chops artifacts)`);
      const attempts = app.artifacts.listAttempts(artifact.id);
      const attempt =
        options.attempt === undefined ? attempts.at(-1) : attempts.find((a) => a.number === options.attempt);
      if (!attempt)
        throw new NotFoundError(
          options.attempt === undefined
            ? `artifact ${artifact.id} has no attempts (it was cut short as it was made)`
            : `artifact ${artifact.id} has no attempt ${options.attempt} (it has ${attempts.length})`,
        );
      if (options.out) {
        const written = await writeArtifactFile(
          options.out,
          artifact.format,
          attempt.content,
          app.formats,
          { home: app.home, stdout: cli.io.stdout },
          { midiChords: options.midiChords === true },
        );
        if (written === '-') return;
        if (!options.json) return cli.output.line(`Written to ${terminalSafeLine(written)}`);
      }
      if (options.json)
        return cli.output.json(
          artifactDetailJson(
            artifact,
            attempts,
            learnedFrom(artifact.id, app.practice),
            (abilityId) => app.store.getAbility(abilityId),
            attempt,
          ),
        );
      const { colors } = cli.output;
      cli.output.line(
        `${colors.bold(terminalSafeLine(artifact.title))} [${artifact.id}] (${artifact.format})`,
      );
      for (const each of attempts) cli.output.line(attemptLine(each, colors));
      cli.output.line(colors.dim(`--- attempt ${attempt.number} ---`));
      cli.output.line(terminalSafe(attempt.content));
      // Code shows what it printed; the other displays' output is a drawing or HTML.
      if (app.formats.get(artifact.format).display === 'code' && attempt.check.output) {
        cli.output.line(colors.dim('--- output ---'));
        cli.output.line(terminalSafe(attempt.check.output));
      }
      if (artifact.abilities.length) {
        cli.output.line(
          colors.dim(
            `uses: ${artifact.abilities.map((a) => `${terminalSafeLine(a.name)} (${a.status})`).join(', ')}`,
          ),
        );
      }
    });
}
