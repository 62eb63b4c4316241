import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { fileChunks, streamChunks } from '../../../adapters/files/bounded-read.js';
import { checkDatEntry, DAT_WORDS_ASKED, DAT_WORDS_SCORED, type DatResult } from '../../../domain/dat.js';
import { UsageError, UserInputError } from '../../../domain/errors/index.js';
import type { DatDeps } from '../../../usecases/dat/dat-deps.js';
import { datStanding } from '../../../usecases/dat/dat-norms.js';
import { DAT_INSTRUCTIONS, datOrientation, describeDatReason } from '../../../usecases/dat/dat-text.js';
import { scoreDatLines } from '../../../usecases/dat/score-dat-lines.js';
import { datHistory, splitDatList, takeDat } from '../../../usecases/dat/take-dat.js';
import { datRecordJson, datResultJson, datTakenJson } from '../../views/dat-json.js';
import type { CliContext } from '../cli-context.js';
import { table } from '../output.js';
import { PromptCancelled, Prompter } from '../prompter.js';
import { terminalSafeLine } from '../terminal-text.js';

/** `chops dat`: the Divergent Association Task, taken by the person alone. */
export function datCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('dat')
    .description('the Divergent Association Task: name 10 nouns as different from each other as possible')
    .option('-w, --words <list>', 'score this comma-separated list without questions (and keep the score)')
    .option('-f, --file <file>', 'score one list a line (- for standard input), one JSON line each; not kept')
    .option('--history', 'your scores over time')
    .option('--json', 'print JSON')
    .action(async (options, command) => {
      const chosen = [options.words !== undefined, options.file !== undefined, options.history === true];
      if (chosen.filter(Boolean).length > 1) throw new UsageError('use one of --words, --file and --history');
      const app = cli.open(command);
      if (options.file !== undefined) return scoreFile(cli, options.file, await app.deps.datLexicon());
      if (options.history) return printHistory(cli, datHistory(app.deps.datHistory()), options.json);
      if (options.words !== undefined) {
        const taken = takeDat(splitDatList(options.words), await app.deps.dat());
        const { result, record } = taken;
        if (options.json) cli.output.json(datTakenJson(taken));
        else printResult(cli, result);
        if (!record) throw noScore(result);
        return;
      }
      if (!cli.interactive) {
        throw new UsageError(
          'chops dat asks for words at a terminal; otherwise give them with --words "a,b,..." or --file FILE',
        );
      }
      await takeInteractively(cli, await app.deps.dat());
    });
}

/** The ten-word form at a terminal: `chops dat`, and the DAT step of the guided session. */
export async function takeInteractively(cli: CliContext, deps: DatDeps): Promise<void> {
  const prompter = new Prompter(cli.io);
  prompter.intro('Divergent Association Task');
  prompter.note(DAT_INSTRUCTIONS, 'Instructions');
  const entries: string[] = [];
  const words: string[] = [];
  try {
    while (entries.length < DAT_WORDS_ASKED) {
      const answer = await prompter.text(`Word ${entries.length + 1} of ${DAT_WORDS_ASKED}`, {
        required: true,
      });
      const check = checkDatEntry(answer, deps.lexicon);
      const reason =
        'reason' in check
          ? describeDatReason(check.reason)
          : words.includes(check.word)
            ? 'already given'
            : '';
      if (reason) {
        prompter.info(terminalSafeLine(`"${answer}": ${reason}. Please give another word.`));
        continue;
      }
      entries.push(answer);
      words.push(check.word);
    }
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    prompter.outro('Stopped; nothing was saved.');
    return;
  }
  const { result } = takeDat(entries, deps);
  prompter.note(resultLines(result).join('\n'), 'Your score');
  prompter.outro('Saved. `chops dat --history` shows your scores over time.');
}

function printResult(cli: CliContext, result: DatResult): void {
  for (const line of resultLines(result)) cli.output.line(line);
}

/** The result in words: the score and where it stands, then what did not count and why. */
function resultLines(result: DatResult): string[] {
  const lines: string[] = [];
  if (result.score !== undefined) {
    lines.push(`DAT score: ${result.score.toFixed(2)} (scored: ${result.valid.join(', ')})`, '');
    lines.push(...datOrientation(result.score));
    if (result.invalid.length + result.unused.length + result.notNouns.length > 0) lines.push('');
  }
  for (const { entry, word, reason } of result.invalid) {
    // Say what was looked up when cleaning changed more than case and spaces ("Ice Cream!" → ice-cream).
    const readAs = word && word !== entry.trim().toLowerCase() ? ` (read as "${word}")` : '';
    lines.push(terminalSafeLine(`Not counted: "${entry}"${readAs}: ${describeDatReason(reason)}`));
  }
  if (result.unused.length > 0) {
    lines.push(
      `Not needed (only the first ${DAT_WORDS_SCORED} valid words count): ${result.unused.join(', ')}`,
    );
  }
  if (result.notNouns.length > 0) {
    lines.push(
      `Not known as nouns: ${result.notNouns.join(', ')} (they count, as in the original scorer, but the task asks for nouns)`,
    );
  }
  return lines;
}

function noScore(result: DatResult): UserInputError {
  return new UserInputError(
    `no score: ${result.valid.length} valid ${result.valid.length === 1 ? 'word' : 'words'}; the task needs ${DAT_WORDS_SCORED}`,
  );
}

const maxStudyFileBytes = 256 * 1024 * 1024;

async function scoreFile(cli: CliContext, file: string, lexicon: DatDeps['lexicon']): Promise<void> {
  // A study of thousands of people is a few megabytes; /dev/zero or an endless FIFO stops at the bound.
  const limits = { maxBytes: maxStudyFileBytes, what: 'a file of DAT lists' };
  const source =
    file === '-' ? streamChunks(cli.io.stdin, 'standard input', limits) : fileChunks(file, limits);
  let lists = 0;
  let unscored = 0;
  // The bounded reader says in one line what is wrong with the file (missing, a folder, too large).
  for await (const line of scoreDatLines(source, lexicon)) {
    lists++;
    const json = 'error' in line ? line : { line: line.line, ...datResultJson(line) };
    if ('error' in line || line.score === undefined) unscored++;
    cli.io.stdout.write(`${JSON.stringify(json)}\n`);
  }
  cli.output.note(
    `${lists} ${lists === 1 ? 'list' : 'lists'} read, ${lists - unscored} scored (blank lines skipped)`,
  );
}

function printHistory(cli: CliContext, records: ReturnType<typeof datHistory>, json?: boolean): void {
  if (json) {
    cli.output.json(records.map(datRecordJson));
    return;
  }
  if (records.length === 0) {
    cli.output.line('No DAT scores yet: take the task with `chops dat`.');
    return;
  }
  const rows = records.map((record) => [
    record.takenAt.toISOString().slice(0, 16).replace('T', ' '),
    record.score.toFixed(2),
    `${Math.round(datStanding(record.score).percentile)}%`,
    record.valid.join(', '),
  ]);
  cli.output.line(table(rows, { header: ['taken', 'score', 'percentile', 'words scored'] }));
  cli.output.line();
  cli.output.line(datOrientation(records.at(-1)!.score)[1]!);
}
