import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { MAX_MINE_IDEAS } from '../../../domain/mine.js';
import { type ImagineResult, imagine } from '../../../usecases/imagine/imagine.js';
import { imaginedJson } from '../../views/idea-json.js';
import { askChecklist } from '../checklist-prompt.js';
import type { CliContext } from '../cli-context.js';
import { formatGain, ideaLines } from '../idea-view.js';
import { formatSpread, mineIdeaLines } from '../mine-view.js';
import { PromptCancelled, Prompter } from '../prompter.js';
import { readIdeaLines } from '../read-ideas.js';
import { terminalSafeLine } from '../terminal-text.js';
import { wholeNumber } from '../whole-number.js';

/** `chops imagine <goal>`: solo ideas beside ideas that reach past the repertoire. */
export function imagineCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('imagine')
    .description(
      'imagine ideas for a goal: solo (your own abilities) and reach (with abilities the model lends)',
    )
    .argument('<goal...>', 'what you want to make or find out')
    .option('-d, --domain <domain>', 'the domain of the goal (default: your first domain)')
    .option('-n, --number <n>', 'ideas per set, 1 to 12', wholeNumber(1, 12), 5)
    .option(
      '--mine <file>',
      'your own ideas for the goal, one a line (- for standard input), before the model’s',
    )
    .option(
      '--idea <text>',
      'one idea of your own (repeat for more)',
      (value, all: string[]) => [...all, value],
      [],
    )
    .option('--no-ask', 'do not ask for your own ideas first at a terminal')
    .option('--json', 'print the result as JSON')
    .action(async (words, options, command) => {
      const app = cli.open(command);
      let mine = [
        ...(options.mine !== undefined ? await readIdeaLines(options.mine, cli.io.stdin) : []),
        ...options.idea,
      ];
      // At a terminal, the person's own ideas come first, before the model is even reached.
      if (mine.length === 0 && options.ask !== false && cli.interactive && !options.json) {
        mine = await askMine(new Prompter(cli.io));
      }
      const deps = await app.deps.imagine();
      const domain = app.defaultDomain(options.domain);
      return cli.interruptible(async ({ signal }) => {
        const result = await imagine(
          {
            goal: words.join(' '),
            domain,
            count: options.number,
            mine,
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
        if (now && now.moved > 0) printImagined(cli, { ...result, ...now });
      });
    });
}

/**
 * Asks for the person's own ideas before any model idea exists: a few lines, an empty answer to
 * finish, Esc (or an empty first answer) to skip.
 */
export async function askMine(prompter: Prompter): Promise<string[]> {
  prompter.info('Your own ideas first, before the model’s (so none of its ideas can anchor yours).');
  const ideas: string[] = [];
  try {
    while (ideas.length < MAX_MINE_IDEAS) {
      const answer = await prompter.text(
        ideas.length === 0 ? 'An idea of your own (empty to skip)' : 'Another (empty when done)',
      );
      if (answer === '') break;
      ideas.push(answer);
    }
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
  }
  return ideas;
}

/** The sets in reading order: the person's own first, then solo, reach, notes, and the gain last. */
export function printImagined(cli: CliContext, result: Omit<ImagineResult, 'toConfirm'>): void {
  const { colors } = cli.output;
  cli.output.line(colors.bold(`Goal: ${terminalSafeLine(result.goal.text)}`));
  if (result.mine.length > 0) {
    cli.output.line();
    cli.output.line(colors.underline('Mine: your own ideas'));
    for (const idea of result.mine)
      for (const line of mineIdeaLines(idea, colors, '  ')) cli.output.line(line);
  }
  for (const [label, ideas] of [
    ['Solo: with your own abilities', result.solo],
    ['Reach: with abilities the model lends', result.reach],
  ] as const) {
    cli.output.line();
    cli.output.line(colors.underline(label));
    if (ideas.length === 0) cli.output.line(colors.dim('  (none)'));
    for (const idea of ideas) {
      for (const line of ideaLines(idea, colors, '  ')) cli.output.line(line);
      const originality = result.originality.get(idea.id);
      if (originality !== undefined)
        cli.output.line(colors.dim(`    originality ${originality.toFixed(2)} of 5`));
    }
  }
  cli.output.line();
  for (const note of result.goal.notes) cli.output.line(colors.dim(terminalSafeLine(note)));
  const spreads = [
    result.mine.length ? `mine ${formatSpread(result.mineSpread)}` : '',
    `solo ${formatSpread(result.goal.soloSpread)}`,
    `reach ${formatSpread(result.goal.reachSpread)}`,
  ];
  cli.output.line(colors.dim(`Spread: ${spreads.filter(Boolean).join(', ')}`));
  cli.output.line(
    colors.bold(`Imagination gain: ${formatGain(result.goal.gain)}`) +
      colors.dim(' (spread of reach ideas over spread of solo ideas)'),
  );
  cli.output.line(colors.dim('Make one: chops make <idea-id>'));
}
