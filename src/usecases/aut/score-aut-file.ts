import { MAX_AUT_USE_CHARACTERS } from '../../domain/aut.js';
import { UserInputError } from '../../domain/errors/index.js';
import { objectKey } from '../../domain/originality/content-words.js';
import { type JudgeDeps, judgeOriginality } from '../originality/judge-originality.js';
import { type OriginalityDeps, scoreResponses } from '../originality/score-responses.js';

/** Largest study file read: responses of the same object are pooled, so the file is held whole. */
const MAX_AUT_FILE_BYTES = 32 * 1024 * 1024;

/** One line of a study file, scored, or why it could not be. */
type AutLineResult =
  | {
      line: number;
      object: string;
      response: string;
      originality: number;
      /** With a judge only: which scored this line (the offline scorer where the model gave no rating). */
      scorer?: 'judge' | 'offline';
    }
  | { line: number; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Scores a study's responses, one `object<TAB>response` a line: every response against chops's norm
 * of its object plus all the other responses to that object in the file. Blank lines are skipped
 * (line numbers still count them); a bad line gets an error of its own and the rest go on. Nothing is
 * stored and no model is called (these are other people's answers), unless `judge` is given: then the
 * model judges each response (see judgeOriginality), and a line it gave no usable rating for keeps the
 * offline score, marked as such; each batch the model failed on is passed to `judge.onFailure`.
 */
export async function scoreAutFile(
  source: AsyncIterable<Uint8Array | string>,
  deps: OriginalityDeps,
  judge?: JudgeDeps & { onFailure?: (line: string) => void },
): Promise<AutLineResult[]> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of source) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    bytes += part.length;
    if (bytes > MAX_AUT_FILE_BYTES) {
      throw new UserInputError(
        `the file is larger than ${MAX_AUT_FILE_BYTES / 1024 / 1024} MB; split it by object`,
      );
    }
    chunks.push(part);
  }
  const results: (AutLineResult | { line: number; object: string; response: string })[] = [];
  const lines = splitBuffer(Buffer.concat(chunks));
  lines.forEach((raw, i) => {
    const line = i + 1;
    let text: string;
    try {
      text = decoder.decode(raw);
    } catch {
      results.push({ line, error: 'not UTF-8 text' });
      return;
    }
    text = text.replace(/^\uFEFF/, '').replace(/\r$/, '');
    if (text.trim() === '') return;
    const tab = text.indexOf('\t');
    if (tab < 0) {
      results.push({ line, error: 'no tab: a line is object<TAB>response' });
      return;
    }
    const object = text.slice(0, tab).trim();
    const response = text.slice(tab + 1).trim();
    if (objectKey(object) === '') results.push({ line, error: 'no object before the tab' });
    else if (response === '') results.push({ line, error: 'no response after the tab' });
    else if (response.length > MAX_AUT_USE_CHARACTERS) {
      results.push({ line, error: `the response is longer than ${MAX_AUT_USE_CHARACTERS} characters` });
    } else results.push({ line, object, response });
  });
  const toScore = results.filter(
    (result): result is { line: number; object: string; response: string } => !('error' in result),
  );
  const scores = await scoreResponses(toScore, deps);
  const judged = judge ? await judgeOriginality(toScore, judge) : undefined;
  for (const failure of judged?.failures ?? []) judge?.onFailure?.(failure);
  const scored = new Map(
    toScore.map((item, i) => {
      const byJudge = judged?.scores[i];
      if (!judged) return [item, { originality: round(scores[i]!.originality) }];
      return [
        item,
        byJudge === undefined
          ? { originality: round(scores[i]!.originality), scorer: 'offline' as const }
          : { originality: round(byJudge), scorer: 'judge' as const },
      ];
    }),
  );
  return results.map((result) => ('error' in result ? result : { ...result, ...scored.get(result)! }));
}

function splitBuffer(buffer: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = buffer.indexOf(0x0a); end >= 0; end = buffer.indexOf(0x0a, start)) {
    lines.push(buffer.subarray(start, end));
    start = end + 1;
  }
  if (start < buffer.length) lines.push(buffer.subarray(start));
  return lines;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
