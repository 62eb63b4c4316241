import { Command, InvalidArgumentError } from 'commander';
import { type ImagineResult, imagine } from '../../../usecases/imagine/imagine.js';
import { imaginedJson } from '../../views/idea-json.js';
import { askChecklist } from '../checklist-prompt.js';
import type { CliContext } from '../cli-context.js';
import { formatGain, ideaLines } from '../idea-view.js';
import { interruptible } from '../interrupt.js';
import { terminalSafeLine } from '../terminal-text.js';

interface ImagineOptions {
  domain?: string;
  number: number;
  json?: boolean;
}

export function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 12)
    throw new InvalidArgumentError('must be a whole number from 1 to 12');
  return count;
}

/** `chops imagine <goal>`: solo ideas beside ideas that reach past the repertoire. */
export function imagineCommand(cli: CliContext): Command {
  return new Command('imagine')
    .description(
      'imagine ideas for a goal: solo (your own abilities) and reach (with abilities the model lends)',
    )
    .argument('<goal...>', 'what you want to make or find out')
    .option('-d, --domain <domain>', 'the domain of the goal (default: your first domain)')
    .option('-n, --number <n>', 'ideas per set, 1 to 12', parseCount, 5)
    .option('--json', 'print the result as JSON')
    .action(async (words: string[], options: ImagineOptions, command: Command) => {
      const app = cli.open(command);
      const thinker = await app.thinker();
      const domain = app.defaultDomain(options.domain);
      return interruptible(async ({ signal }) => {
        const deps = { ...(await app.repertoire()), ideas: app.ideas, thinker };
        const result = await imagine(
          {
            goal: words.join(' '),
            domain,
            count: options.number,
            signal,
            onProgress: (message) => cli.output.note(cli.output.colors.dim(`… ${message}`)),
          },
          deps,
        );
        if (options.json) return cli.output.json(imaginedJson(result));
        printImagined(cli, result);
        // Recognition, not recall: the needs chops could not place, for the person to confirm.
        const answered = await askChecklist(cli, result.toConfirm, domain, deps);
        const now = answered?.remapped.find((r) => r.goal.id === result.goal.id);
        if (now && now.moved > 0) printImagined(cli, now);
      });
    });
}

/** The two sets side by side in reading order: solo first, then reach, notes, and the gain last. */
export function printImagined(cli: CliContext, result: Omit<ImagineResult, 'toConfirm'>): void {
  const { colors } = cli.output;
  cli.output.line(colors.bold(`Goal: ${terminalSafeLine(result.goal.text)}`));
  for (const [label, ideas] of [
    ['Solo: with your own abilities', result.solo],
    ['Reach: with abilities the model lends', result.reach],
  ] as const) {
    cli.output.line();
    cli.output.line(colors.underline(label));
    if (ideas.length === 0) cli.output.line(colors.dim('  (none)'));
    for (const idea of ideas) {
      for (const line of ideaLines(idea, colors, '  ')) cli.output.line(line);
    }
  }
  cli.output.line();
  for (const note of result.goal.notes) cli.output.line(colors.dim(terminalSafeLine(note)));
  cli.output.line(
    colors.bold(`Imagination gain: ${formatGain(result.goal.gain)}`) +
      colors.dim(' (spread of reach ideas over spread of solo ideas)'),
  );
  cli.output.line(colors.dim('Make one: chops make <idea-id>'));
}
