import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command, type CommandUnknownOpts, Option } from '@commander-js/extra-typings';
import { cannotRead } from '../../../adapters/files/file-errors.js';
import type { ArtifactFormat } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { ArtifactFormats, FilePiece } from '../../../domain/ports/format-checker.js';
import { type PieceResult, pieceJson } from '../../views/check-json.js';
import type { CliContext } from '../cli-context.js';
import { formatChoices, sourceFilesHelp } from '../format-help.js';
import { terminalSafeLine } from '../terminal-text.js';

// A tune book of thousands of tunes is a few MB; a file past this is not something a person wrote.
const maxFileBytes = 16 * 1024 * 1024;

/**
 * `chops check FILE...`: the same checks `make` runs, on files the person wrote. Never calls a model and
 * never opens the database; an ABC tune book is checked tune by tune. Exit code 0 when everything
 * passes, 1 when anything fails or cannot be read.
 */
export function checkCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('check')
    .description('check your own files as make checks artifacts (a tune book tune by tune)')
    .argument('<file...>', `files to check (${sourceFilesHelp})`)
    .addOption(
      new Option('-f, --format <format>', 'the format (default: from the extension)').choices(formatChoices),
    )
    .option('--json', 'print one JSON line per tune or file')
    .action(async (files, options, command) => {
      const { formats } = cli.open(command);
      const { colors } = cli.output;
      let failed = 0;
      let checked = 0;
      for (const file of files) {
        const format = options.format ?? formatOfFile(file, formats);
        const content = await readTextFile(file);
        const checker = formats.get(format);
        const pieces: FilePiece[] = checker.splitFile?.(content) ?? [{ name: '', line: 1, content }];
        for (const piece of pieces) {
          const result = await checker.check(piece.content);
          checked++;
          if (!result.passed) failed++;
          const outcome: PieceResult = { file, tune: piece.name || null, line: piece.line, format, result };
          if (options.json) cli.io.stdout.write(`${JSON.stringify(pieceJson(outcome))}\n`);
          else printPiece(cli, outcome, colors);
        }
      }
      if (failed > 0) throw new UserInputError(`${failed} of ${checked} failed their check`);
      if (!options.json) cli.output.line(colors.green(checked === 1 ? 'it passed' : `all ${checked} passed`));
    });
}

function printPiece(cli: CliContext, piece: PieceResult, colors: CliContext['output']['colors']): void {
  const where = piece.tune
    ? `${piece.file}:${piece.line} ${terminalSafeLine(piece.tune)}`
    : `${piece.file} (${piece.format})`;
  const verdict = piece.result.passed ? colors.green('passes') : colors.red('fails');
  cli.output.line(`${where}: ${verdict}`);
  for (const problem of piece.result.problems) cli.output.line(`  ${terminalSafeLine(problem)}`);
  for (const warning of piece.result.warnings ?? [])
    cli.output.line(colors.dim(`  warning: ${terminalSafeLine(warning)}`));
}

/** The format whose source extension the file has; `.json` is a Vega-Lite spec. */
function formatOfFile(file: string, formats: ArtifactFormats): ArtifactFormat {
  const name = basename(file).toLowerCase();
  const format = formats.all.find((candidate) =>
    candidate.sourceExtensions.some((extension) => name.endsWith(`.${extension}`)),
  );
  if (format) return format.name;
  const known = formats.all.flatMap((candidate) => candidate.sourceExtensions.map((e) => `.${e}`));
  throw new UserInputError(`cannot tell the format of ${file}: name it ${known.join(', ')} or give --format`);
}

/** The file's text, read only if it is a regular file of at most 16 MB that holds text. */
async function readTextFile(file: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // Non-blocking, so a FIFO with no writer is refused below instead of hanging here.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) throw new UserInputError(`${file} is not a regular file`);
    if (info.size > maxFileBytes)
      throw new UserInputError(
        `${file} is ${Math.round(info.size / 2 ** 20)} MB; chops checks files up to 16 MB`,
      );
    const buffer = Buffer.alloc(info.size);
    const { bytesRead } = await handle.read(buffer, 0, info.size, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if (bytes.includes(0)) throw new UserInputError(`${file} is not a text file`);
    return new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    throw cannotRead(file, error);
  } finally {
    await handle?.close();
  }
}
