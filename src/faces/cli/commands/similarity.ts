import { readFileSync, statSync } from 'node:fs';
import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { cannotRead } from '../../../adapters/files/file-errors.js';
import { UsageError, UserInputError } from '../../../domain/errors/index.js';
import {
  judgeSimilarity,
  problemWithText,
  type SimilarityJudgement,
} from '../../../usecases/similarity/judge-similarity.js';
import type { CliContext } from '../cli-context.js';

/** The largest pairs file read: about 20,000 pairs of idea-length texts. */
export const MAX_PAIRS_FILE_BYTES = 8 * 2 ** 20;
/** Pairs embedded per call, so a long file streams out and a provider is sent moderate batches. */
const PAIRS_PER_BATCH = 256;

/** `chops similarity`: how similar chops finds two texts, and what it would decide about them. */
export function similarityCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('similarity')
    .description(
      'how similar chops finds two texts, and whether it takes them as one ability or a repeated idea',
    )
    .argument('[a]', 'the first text')
    .argument('[b]', 'the second text')
    .option(
      '-f, --file <file>',
      'judge one tab-separated pair a line (- for standard input), one JSON line each',
    )
    .option('--json', 'print JSON')
    .action(async (a, b, options, command) => {
      if (options.file !== undefined) {
        if (a !== undefined) throw new UsageError('give either two texts or --file, not both');
        return judgeFile(cli, options.file, command);
      }
      if (a === undefined || b === undefined) throw new UsageError('give two texts, or --file PAIRS.tsv');
      for (const text of [a, b]) {
        const problem = problemWithText(text);
        if (problem) throw new UserInputError(`cannot compare: ${problem}`);
      }
      const deps = await cli.open(command).deps.repertoire();
      const { judgements, calibration } = await judgeSimilarity([{ a, b }], deps);
      const judgement = judgements[0]!;
      if (options.json) return cli.output.json(judgement);
      const yesNo = (value: boolean) => (value ? 'yes' : 'no');
      cli.output.line(`similarity ${judgement.similarity.toFixed(3)} (${judgement.embedder})`);
      cli.output.line(
        `same ability: ${yesNo(judgement.sameAbility)}${judgement.sameAbilityReason ? ` (${judgement.sameAbilityReason})` : ''}; by meaning needs ${calibration.sameAbility.toFixed(3)} with the same words, ${calibration.sameAbilityOtherWords.toFixed(3)} with other words, and the same numbers`,
      );
      cli.output.line(
        `repeat of an idea: ${yesNo(judgement.repeatIdea)} (at ${calibration.repeatIdea.toFixed(3)} or above; unrelated ideas score about ${calibration.unrelatedIdeas.toFixed(3)})`,
      );
    });
}

type Line = { line: number; a: string; b: string } | { line: number; error: string };

async function judgeFile(cli: CliContext, file: string, command: CommandUnknownOpts): Promise<void> {
  const lines = parsePairs(await readPairsFile(cli, file));
  const deps = await cli.open(command).deps.repertoire();
  let judged = 0;
  for (let start = 0; start < lines.length; start += PAIRS_PER_BATCH) {
    const batch = lines.slice(start, start + PAIRS_PER_BATCH);
    const pairs = batch.filter((line): line is Extract<Line, { a: string }> => 'a' in line);
    const { judgements } = await judgeSimilarity(pairs, deps);
    const byLine = new Map<number, SimilarityJudgement>(pairs.map((pair, i) => [pair.line, judgements[i]!]));
    for (const line of batch) {
      const judgement = byLine.get(line.line);
      const json = judgement ? { line: line.line, ...judgement } : line;
      cli.io.stdout.write(`${JSON.stringify(json)}\n`);
    }
    judged += pairs.length;
  }
  const failed = lines.length - judged;
  cli.output.note(
    `${judged} ${judged === 1 ? 'pair' : 'pairs'} judged${failed ? `, ${failed} ${failed === 1 ? 'line' : 'lines'} with an error` : ''} (blank lines skipped)`,
  );
}

async function readPairsFile(cli: CliContext, file: string): Promise<Buffer | string> {
  if (file === '-') return readStdin(cli);
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw cannotRead(file, 'EISDIR');
    size = stats.size;
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    throw cannotRead(file, error);
  }
  if (size > MAX_PAIRS_FILE_BYTES) throw tooLarge(file);
  return readFileSync(file);
}

async function readStdin(cli: CliContext): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of cli.io.stdin as AsyncIterable<Buffer | string>) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += part.length;
    // Stop at the limit, without holding more of a huge stream.
    if (bytes > MAX_PAIRS_FILE_BYTES) throw tooLarge('standard input');
    chunks.push(part);
  }
  return Buffer.concat(chunks);
}

function tooLarge(what: string): UserInputError {
  return new UserInputError(
    `${what} is larger than ${MAX_PAIRS_FILE_BYTES / 2 ** 20} MB; split it into smaller files of pairs`,
  );
}

/** One pair a line, `a<TAB>b`; blank lines skipped; a bad line becomes an error line of its own. */
function parsePairs(data: Buffer | string): Line[] {
  const text = typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
  const lines: Line[] = [];
  for (const [i, raw] of text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .entries()) {
    const content = raw.replace(/\r$/, '');
    if (content.trim() === '') continue;
    const line = i + 1;
    if (content.includes('\uFFFD')) {
      lines.push({ line, error: 'not UTF-8 text' });
      continue;
    }
    const tab = content.indexOf('\t');
    if (tab < 0) {
      lines.push({ line, error: 'no tab between the two texts' });
      continue;
    }
    const [a, b] = [content.slice(0, tab), content.slice(tab + 1)];
    if (b.includes('\t')) {
      lines.push({ line, error: 'more than one tab: a line holds two texts' });
      continue;
    }
    const problem = problemWithText(a) ?? problemWithText(b);
    if (problem) lines.push({ line, error: `${problem} on one side` });
    else lines.push({ line, a, b });
  }
  return lines;
}
