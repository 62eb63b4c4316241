/**
 * The originality judge's figure against the Ocsai human ratings (needs a real model; not measured in
 * chops's own tests). Three steps:
 *
 *   npx tsx scripts/originality-judge-figure.ts tsv val > /tmp/ocsai-val.tsv
 *   chops aut --file /tmp/ocsai-val.tsv --judge > /tmp/judged-val.jsonl
 *   npx tsx scripts/originality-judge-figure.ts r /tmp/judged-val.jsonl val
 *
 * The last prints pooled and within-prompt r over the lines the model judged (all lines, for output
 * without --judge: a check of the script, which gives the offline scorer's figure), and the least-squares
 * line rating ≈ intercept + slope × judge. Fit that line on the train split (the same three steps with
 * `train`, with JUDGE_CALIBRATION at its identity) and put it in src/usecases/originality/judge-anchors.ts;
 * report r on val only. The TSV holds the public responses' text: keep it out of the repository.
 */
import { readFileSync } from 'node:fs';
import { locateAutData, readOcsaiSplit } from '../src/adapters/norms/ocsai-data.js';
import { leastSquares } from '../src/domain/originality/build-norms.js';
import { objectKey } from '../src/domain/originality/content-words.js';
import { pearson, withinGroupPearson } from '../src/domain/originality/correlation.js';

const [mode, first, second] = process.argv.slice(2);
const folder = locateAutData();
if (!folder) throw new Error('no AUT data folder: set CHOPS_AUT_DATA');
const splitOf = (name: string | undefined) => (name === 'train' ? 'train' : 'val');

if (mode === 'tsv') {
  for (const item of readOcsaiSplit(folder, splitOf(first)))
    process.stdout.write(`${item.object}\t${item.response.replace(/[\t\r\n]+/g, ' ')}\n`);
} else if (mode === 'r' && first) {
  const split = readOcsaiSplit(folder, splitOf(second));
  const judged = readFileSync(first, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { line: number; originality?: number; scorer?: string });
  const kept = judged.filter((entry) => entry.scorer !== 'offline' && entry.originality !== undefined);
  const predicted = kept.map((entry) => entry.originality!);
  const human = kept.map((entry) => split[entry.line - 1]!.rating);
  const objects = kept.map((entry) => objectKey(split[entry.line - 1]!.object));
  const [intercept, slope] = leastSquares(
    predicted.map((value) => [1, value]),
    human,
  );
  console.log(
    JSON.stringify(
      {
        responses: split.length,
        judged: kept.length,
        pooledR: pearson(predicted, human),
        withinPromptR: withinGroupPearson(predicted, human, objects),
        calibration: { intercept, slope },
      },
      null,
      2,
    ),
  );
} else {
  console.error('usage: originality-judge-figure.ts tsv [train|val] | r JUDGED.jsonl [train|val]');
  process.exit(2);
}
