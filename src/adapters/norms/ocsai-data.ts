import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One rated response of the Ocsai AUT data. */
interface OcsaiResponse {
  object: string;
  response: string;
  /** Mean human originality rating, 1–5. */
  rating: number;
}

/**
 * The folder holding `ocsai-train.jsonl` and `ocsai-val.jsonl`: `CHOPS_AUT_DATA` if set, else the
 * first `shared/data/aut` beside the repository or beside one of its parent folders. Undefined when
 * there is none (the data is public but not shipped with chops).
 */
export function locateAutData(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  if (env.CHOPS_AUT_DATA) return env.CHOPS_AUT_DATA;
  let folder = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  for (;;) {
    const candidate = join(folder, '..', 'shared', 'data', 'aut');
    if (existsSync(join(candidate, 'ocsai-val.jsonl'))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** One split: lines of `{"prompt": "AUT Prompt:<object>\nResponse:<response>\nScore:\n", "completion": "<rating×10>"}`. */
export function readOcsaiSplit(folder: string, split: 'train' | 'val'): OcsaiResponse[] {
  const lines = readFileSync(join(folder, `ocsai-${split}.jsonl`), 'utf8').split('\n');
  const responses: OcsaiResponse[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const entry = JSON.parse(line) as { prompt: string; completion: string };
    const match = /^AUT Prompt:(.*)\nResponse:([\s\S]*)\nScore:\n?$/.exec(entry.prompt);
    if (!match) throw new Error(`unexpected Ocsai line: ${line.slice(0, 80)}`);
    responses.push({
      object: match[1]!.trim(),
      response: match[2]!.trim(),
      rating: Number(entry.completion) / 10,
    });
  }
  return responses;
}
