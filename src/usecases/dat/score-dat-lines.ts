import { type DatLexicon, type DatResult, scoreDat } from '../../domain/dat.js';
import { MAX_DAT_LIST_CHARACTERS, splitDatList } from './take-dat.js';

/** One line of a study file, scored, or why it could not be. */
type DatLineResult = ({ line: number } & DatResult) | { line: number; error: string };

const NEWLINE = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Scores a study's lists, one comma-separated list a line, as the lines arrive: a file of any size
 * runs in constant memory. Blank lines are skipped (line numbers still count them, so results can be
 * joined back to the file); a line that is not UTF-8 or far too long gets an error of its own, and the
 * rest go on. Nothing is stored: these are other people's answers.
 */
export async function* scoreDatLines(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  lexicon: DatLexicon,
): AsyncGenerator<DatLineResult> {
  let number = 0;
  for await (const line of splitLines(source, MAX_DAT_LIST_CHARACTERS * 4)) {
    number++;
    if (line === 'too long') {
      yield { line: number, error: `longer than ${MAX_DAT_LIST_CHARACTERS} characters; a list is 10 words` };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(line);
    } catch {
      yield { line: number, error: 'not UTF-8 text' };
      continue;
    }
    text = text.replace(/^\uFEFF/, '').replace(/\r$/, '');
    if (text.length > MAX_DAT_LIST_CHARACTERS) {
      yield { line: number, error: `longer than ${MAX_DAT_LIST_CHARACTERS} characters; a list is 10 words` };
      continue;
    }
    const entries = splitDatList(text);
    if (entries.length === 0) continue;
    yield { line: number, ...scoreDat(entries, lexicon) };
  }
}

/**
 * The lines of a byte stream, without their newlines; a line over `maxBytes` is given as 'too long'
 * and never held whole.
 */
async function* splitLines(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<Uint8Array | 'too long'> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let overflow = false;
  const take = (part: Uint8Array) => {
    if (overflow) return;
    pendingBytes += part.length;
    if (pendingBytes > maxBytes) overflow = true;
    else pending.push(part);
  };
  const finish = (): Uint8Array | 'too long' => {
    const line = overflow ? 'too long' : Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      take(bytes.subarray(start, end));
      start = end + 1;
      yield finish();
    }
    take(bytes.subarray(start));
  }
  if (pendingBytes > 0 || overflow) yield finish();
}
