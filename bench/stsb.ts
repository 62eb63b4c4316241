/**
 * STS-B (the semantic textual similarity benchmark): Spearman correlation between the human ratings of
 * sentence pairs and the cosine similarity of their vectors under chops's word-vector embedder.
 *
 *   node --import tsx bench/stsb.ts <folder with sts-train.csv, sts-dev.csv> [--split train,dev]
 *
 * The data is not shipped (its texts carry their sources' licences, the ratings CC BY-SA 4.0): get
 * Stsbenchmark.tar.gz from http://ixa2.si.ehu.eus/stswiki/index.php/STSbenchmark. chops was developed
 * on the train and dev splits only; the test split is kept for acceptance (`--split test`).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateWordVectors, WordVectorEmbedder, WordVectors } from '../src/adapters/embeddings/index.js';
import { cosine } from '../src/domain/vector.js';

interface Pair {
  rating: number;
  a: string;
  b: string;
}

/** The pairs of one split: tab-separated, rating in column 5, the sentences in columns 6 and 7. */
export function readSplit(folder: string, split: string): Pair[] {
  return readFileSync(join(folder, `sts-${split}.csv`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.split('\t');
      return { rating: Number(columns[4]), a: columns[5] ?? '', b: columns[6] ?? '' };
    });
}

/** Ranks with ties given their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((x, y) => x.value - y.value);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    for (let k = start; k <= end; k++) result[order[k]!.index] = (start + end) / 2;
    start = end + 1;
  }
  return result;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const mean = (v: readonly number[]) => v.reduce((sum, value) => sum + value, 0) / v.length;
  const [mx, my] = [mean(x), mean(y)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

async function main(): Promise<void> {
  const [folder, ...rest] = process.argv.slice(2);
  if (!folder) throw new Error('usage: bench/stsb.ts <folder> [--split train,dev]');
  const at = rest.indexOf('--split');
  const splits = (at >= 0 ? rest[at + 1] : 'train,dev')!.split(',');
  const embedder = new WordVectorEmbedder(WordVectors.open(await locateWordVectors({ home: tmpdir() })));
  for (const split of splits) {
    const pairs = readSplit(folder, split);
    const scores = pairs.map((pair) => cosine(embedder.embedText(pair.a), embedder.embedText(pair.b)));
    const rho = spearman(
      scores,
      pairs.map((pair) => pair.rating),
    );
    console.log(`STS-B ${split}: Spearman ${rho.toFixed(3)} over ${pairs.length} pairs (${embedder.model})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 1;
  });
