import { createReadStream } from 'node:fs';
import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { cannotRead } from '../../../adapters/files/file-errors.js';
import { AUT_DEFAULT_MINUTES, type AutResult } from '../../../domain/aut.js';
import { UsageError, UserInputError } from '../../../domain/errors/index.js';
import type { Thinker } from '../../../domain/ports/thinker.js';
import type { AutDeps } from '../../../usecases/aut/aut-deps.js';
import { scoreAutFile } from '../../../usecases/aut/score-aut-file.js';
import {
  assertAutObject,
  autHistory,
  nextAutObject,
  splitAutUses,
  takeAut,
} from '../../../usecases/aut/take-aut.js';
import { autRecordJson, autResultJson, ORIGINALITY_SCALE_TEXT } from '../../views/aut-json.js';
import type { CliContext } from '../cli-context.js';
import { table } from '../output.js';
import { PromptCancelled, Prompter } from '../prompter.js';
import { terminalSafeLine } from '../terminal-text.js';

/** `chops aut`: the Alternative Uses Task, taken by the person alone. */
export function autCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('aut')
    .description('the Alternative Uses Task: as many unusual uses of an everyday object as you can think of')
    .option('-o, --object <name>', 'the object (default: one chops has norms for, varied from take to take)')
    .option('-u, --uses <list>', 'score these uses, separated by ";", without questions (and keep the score)')
    .option('--minutes <n>', `how long the timed task runs (default ${AUT_DEFAULT_MINUTES})`)
    .option(
      '-f, --file <file>',
      'score object<TAB>response lines (- for standard input), one JSON line each; not kept',
    )
    .option('--judge', 'with --file: the configured model judges originality (calibrated to the same scale)')
    .option('--history', 'your scores over time')
    .option('--json', 'print JSON')
    .action(async (options, command) => {
      const chosen = [options.uses !== undefined, options.file !== undefined, options.history === true];
      if (chosen.filter(Boolean).length > 1) throw new UsageError('use one of --uses, --file and --history');
      const minutes = parseMinutes(options.minutes);
      const app = cli.open(command);
      if (options.judge && options.file === undefined) throw new UsageError('--judge goes with --file');
      if (options.file !== undefined)
        return scoreFile(
          cli,
          options.file,
          await app.deps.originality(),
          options.judge ? await app.thinker() : undefined,
        );
      if (options.history) return printHistory(cli, autHistory(app.deps.autHistory()), options.json);
      const deps = await app.deps.aut();
      const object = options.object === undefined ? nextAutObject(deps) : assertAutObject(options.object);
      if (options.uses !== undefined) {
        const { result, record } = await takeAut(object, splitAutUses(options.uses), deps);
        if (options.json) cli.output.json(autResultJson(result, record.id));
        else printResult(cli, result);
        return;
      }
      if (!cli.interactive) {
        throw new UsageError(
          'chops aut asks for uses at a terminal; otherwise give them with --uses "a; b; ..." or --file FILE',
        );
      }
      await takeInteractively(cli, deps, object, minutes);
    });
}

function parseMinutes(text: string | undefined): number {
  if (text === undefined) return AUT_DEFAULT_MINUTES;
  const minutes = Number(text);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 30)
    throw new UsageError('--minutes takes a number from 0 to 30');
  return minutes;
}

/** The timed task at a terminal: one use per answer until the time is up or an empty answer. */
export async function takeInteractively(
  cli: CliContext,
  deps: AutDeps,
  object: string,
  minutes: number,
): Promise<void> {
  const prompter = new Prompter(cli.io);
  prompter.intro('Alternative Uses Task');
  prompter.note(
    [
      `Think of as many unusual, creative uses of a ${object} as you can.`,
      `You have ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}. One use per answer; an empty answer ends early.`,
      'Uses are scored for how many (fluency), how original (compared with what other people said) and how many different kinds (flexibility).',
    ].join('\n'),
    'Instructions',
  );
  const started = Date.now();
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), minutes * 60_000);
  const entries: string[] = [];
  try {
    for (;;) {
      const answer = await prompter.text(`Use ${entries.length + 1}`, { signal: timer.signal });
      if (answer === '') break;
      entries.push(answer);
      if (timer.signal.aborted) break;
    }
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    prompter.outro('Stopped; nothing was saved.');
    return;
  } finally {
    clearTimeout(timeout);
  }
  if (timer.signal.aborted) prompter.info('Time is up.');
  if (entries.length === 0) {
    prompter.outro('No uses given; nothing was saved.');
    return;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const { result } = await takeAut(object, entries, deps, Math.max(0, Math.min(seconds, minutes * 60)));
  prompter.note(resultLines(result).join('\n'), 'Your score');
  prompter.outro('Saved. `chops aut --history` shows your scores over time.');
}

function printResult(cli: CliContext, result: AutResult): void {
  for (const line of resultLines(result)) cli.output.line(line);
}

function resultLines(result: AutResult): string[] {
  const lines = [
    `Uses of a ${terminalSafeLine(result.object)}: fluency ${result.fluency}, originality ${result.originality.toFixed(2)} (best two ${result.bestOriginality.toFixed(2)}), flexibility ${result.flexibility ?? 'n/a (chops has no norms for this object)'}`,
    `Originality is the ${ORIGINALITY_SCALE_TEXT}.`,
    '',
  ];
  const rows = result.uses.map((use) => [use.originality.toFixed(2), terminalSafeLine(use.response)]);
  lines.push(table(rows, { header: ['originality', 'use'] }));
  return lines;
}

async function scoreFile(
  cli: CliContext,
  file: string,
  deps: AutDeps['originality'],
  thinker: Thinker | undefined,
): Promise<void> {
  const source = file === '-' ? cli.io.stdin : createReadStream(file);
  let results: Awaited<ReturnType<typeof scoreAutFile>>;
  const judge = thinker && {
    thinker,
    onFailure: (line: string) => cli.output.note(`the model judged none of ${line}; offline scores kept`),
  };
  try {
    results = await scoreAutFile(source as AsyncIterable<Uint8Array>, deps, judge);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined || error instanceof UserInputError) throw error;
    throw cannotRead(file, error);
  }
  for (const result of results) cli.io.stdout.write(`${JSON.stringify(result)}\n`);
  const errors = results.filter((result) => 'error' in result).length;
  cli.output.note(
    `${results.length} ${results.length === 1 ? 'line' : 'lines'} read, ${results.length - errors} scored (blank lines skipped); originality: ${ORIGINALITY_SCALE_TEXT}`,
  );
}

function printHistory(cli: CliContext, records: ReturnType<typeof autHistory>, json?: boolean): void {
  if (json) {
    cli.output.json(records.map(autRecordJson));
    return;
  }
  if (records.length === 0) {
    cli.output.line('No AUT scores yet: take the task with `chops aut`.');
    return;
  }
  const rows = records.map((record) => [
    record.takenAt.toISOString().slice(0, 16).replace('T', ' '),
    terminalSafeLine(record.object),
    String(record.fluency),
    record.originality.toFixed(2),
    record.flexibility === undefined ? '–' : String(record.flexibility),
  ]);
  cli.output.line(table(rows, { header: ['taken', 'object', 'fluency', 'originality', 'flexibility'] }));
}
