import { createAbcChecker } from '../src/adapters/formats/abc/abc-checker.js';
import { sixtyFourBars } from '../src/adapters/formats/abc/test-support/tunes.js';
import { createJsChecker } from '../src/adapters/formats/js/js-checker.js';
import { createVegaLiteChecker } from '../src/adapters/formats/vega-lite/vega-lite-checker.js';

const runs = 20;
const trivialScript = 'const total = [1, 2, 3].reduce((sum, n) => sum + n, 0);\nassert.equal(total, 6);';
const barChart = JSON.stringify({
  data: {
    values: [
      { fruit: 'apple', count: 3 },
      { fruit: 'pear', count: 5 },
    ],
  },
  mark: 'bar',
  encoding: { x: { field: 'fruit', type: 'nominal' }, y: { field: 'count', type: 'quantitative' } },
});

/**
 * Artifact checks: the js sandbox's start (its process, once) and a trivial script's run in a fresh
 * isolate (median of 20; goal < 50 ms), the abc check of a 64-bar tune (median of 20; goal < 20 ms), and
 * for scale the Vega-Lite schema's one-off compile and a chart's check.
 */
export default async function formatsBench(): Promise<void> {
  const js = createJsChecker();
  try {
    const started = performance.now();
    const first = await js.check(trivialScript);
    if (!first.passed) throw new Error(`the trivial script failed: ${first.problems.join('; ')}`);
    print(
      'sandbox start: process + first run (tsx from source)',
      performance.now() - started,
      '< 3000 ms',
      'once',
    );
    print(
      'sandbox run: fresh isolate + trivial script',
      await medianOf(() => js.check(trivialScript)),
      '< 50 ms',
    );
  } finally {
    js.dispose();
  }

  const abc = createAbcChecker();
  let started = performance.now();
  await abc.check(sixtyFourBars);
  print('abc check, 64 bars: first (loads abcjs)', performance.now() - started, '-', 'once');
  print('abc check, 64 bars', await medianOf(() => abc.check(sixtyFourBars)), '< 20 ms');

  const vegaLite = createVegaLiteChecker();
  started = performance.now();
  await vegaLite.check(barChart);
  print('vega-lite check: first (compiles the schema)', performance.now() - started, '-', 'once');
  print('vega-lite check + SVG, bar chart', await medianOf(() => vegaLite.check(barChart)), '-');
}

async function medianOf(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const sorted = times.sort((a, b) => a - b);
  return (sorted[runs / 2 - 1]! + sorted[runs / 2]!) / 2;
}

function print(name: string, value: number, goal: string, kind = 'median'): void {
  console.log(
    `formats: ${name.padEnd(52)} ${kind.padEnd(6)} ${value.toFixed(1).padStart(8)} ms       goal ${goal}`,
  );
}
