import type { FilePiece } from '../../../domain/ports/format-checker.js';

/** One tune of a tune book: its X: number, its first title, where it starts and its text. */
export interface BookTune {
  /** The X: reference number as written (tune books often restart or repeat them). */
  reference: string;
  title: string;
  /** The 1-based line of the file the tune's X: line is on. */
  line: number;
  /** The tune's own text, preceded by the file header's fields and directives when there is one. */
  text: string;
}

const fieldOrDirective = /^([A-Za-z]:|%%)/;

/**
 * Splits an ABC file into its tunes. Every tune starts at an X: line and ends at the next blank line
 * (ABC 2.1, section 2.2); text before the first tune is the file header, whose fields (L:, M:, R:,
 * %%directives) apply to every tune, so each tune carries them. A file without X: is one tune, so a
 * single tune missing its X: is still checked (and told it lacks one).
 */
export function splitTuneBook(content: string): BookTune[] {
  const lines = content.split(/\r?\n/);
  const firstTune = lines.findIndex((line) => /^X:/.test(line));
  if (firstTune < 0) return [{ reference: '', title: titleOf(lines), line: 1, text: content }];
  const header = lines
    .slice(0, firstTune)
    // The version line (%abc-2.1) describes the file, not a tune.
    .filter((line) => fieldOrDirective.test(line) && !/^X:/.test(line) && !/^%%?abc-\d/.test(line))
    .join('\n');
  const tunes: BookTune[] = [];
  let index = firstTune;
  while (index < lines.length) {
    if (!/^X:/.test(lines[index]!)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < lines.length && lines[end]!.trim() !== '' && !/^X:/.test(lines[end]!)) end++;
    const body = lines.slice(index, end);
    tunes.push({
      reference: body[0]!.slice(2).trim(),
      title: titleOf(body),
      line: index + 1,
      text: header ? `${header}\n${body.join('\n')}\n` : `${body.join('\n')}\n`,
    });
    index = end;
  }
  return tunes;
}

function titleOf(lines: string[]): string {
  const title = lines.find((line) => /^T:/.test(line));
  return title ? title.slice(2).trim() : '';
}

/** The tunes of an ABC tune book as pieces to check one by one, each named by its X: number and title. */
export function splitAbcFile(content: string): FilePiece[] {
  return splitTuneBook(content).map((tune) => ({
    name: [tune.reference && `X:${tune.reference}`, tune.title].filter(Boolean).join(' '),
    line: tune.line,
    content: tune.text,
  }));
}
