import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnglishDictionary, locateDictionary, wordLexicon } from '../src/adapters/dictionary/index.js';
import { locateWordVectors, WordVectors } from '../src/adapters/embeddings/index.js';
import { type DatLexicon, scoreDat } from '../src/domain/dat.js';
import { median, printer } from './support.js';

const print = printer('dat');

const runs = 9;
const lists = 1000;
const calibrationFile = join(import.meta.dirname, '..', '..', 'shared', 'data', 'dat-calibration.tsv');

/**
 * DAT scoring of 1,000 ten-word lists once the dictionary and vectors are loaded (goal < 1 s), the
 * load itself, and, when shared/data/dat-calibration.tsv is beside the repository, how chops's
 * scores compare with the 300 published ones.
 */
export default async function datBench(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'chops-bench-dat-'));
  try {
    let started = performance.now();
    const dictionaryPath = locateDictionary({ home, env: {} });
    print('dictionary build (once per data folder)', performance.now() - started, 'ms', '< 5000 ms', 'once');
    started = performance.now();
    const vectors = WordVectors.open(await locateWordVectors({ home }));
    const lexicon = wordLexicon(EnglishDictionary.open(dictionaryPath), vectors);
    print('dictionary + vectors load', performance.now() - started, 'ms', '< 1000 ms', 'once');

    const answers = sampleLists(vectors, lists);
    const times: number[] = [];
    let scored = 0;
    for (let run = 0; run < runs; run++) {
      started = performance.now();
      scored = answers.filter((answer) => scoreDat(answer, lexicon).score !== undefined).length;
      times.push(performance.now() - started);
    }
    print(`scoring ${lists} lists (${scored} with a score)`, median(times), 'ms', '< 1000 ms');
    if (existsSync(calibrationFile)) calibration(lexicon);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Ten words a list from the 20,000 commonest, some capitalised or doubled, as people write them. */
function sampleLists(vectors: WordVectors, count: number): string[][] {
  let state = 7;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 10 }, () => {
      const word = vectors.wordAt(next() % 20_000);
      return next() % 4 === 0 ? word.toUpperCase() : word;
    }),
  );
}

function calibration(lexicon: DatLexicon): void {
  const rows = readFileSync(calibrationFile, 'utf8').trim().split('\n').slice(1);
  const pairs = rows
    .map((row) => row.split('\t'))
    .map(([published, words]) => [scoreDat(words!.split(','), lexicon).score, Number(published)] as const)
    .filter((pair): pair is readonly [number, number] => pair[0] !== undefined);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const ours = pairs.map(([score]) => score);
  const theirs = pairs.map(([, published]) => published);
  const [mx, my] = [mean(ours), mean(theirs)];
  const covariance = mean(pairs.map(([x, y]) => (x - mx) * (y - my)));
  const sd = (values: number[], m: number) => Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
  const r = covariance / (sd(ours, mx) * sd(theirs, my));
  console.log(
    `dat: calibration against published scores: n = ${pairs.length} of ${rows.length}, r = ${r.toFixed(4)}, ` +
      `mean difference ${(mx - my).toFixed(3)} (chops ${mx.toFixed(2)} ± ${sd(ours, mx).toFixed(2)}, ` +
      `published ${my.toFixed(2)} ± ${sd(theirs, my).toFixed(2)})`,
  );
}
