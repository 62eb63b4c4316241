/**
 * The Vega-Lite check measured on Vega-Lite's own example suite (vega/vega-lite, examples/specs):
 *
 *     node --import tsx bench/vega-lite-examples.ts PATH/TO/vega-lite/examples/specs [--list]
 *
 * checks every `*.vl.json` that carries all its data inline (no `url` anywhere, since chops never
 * fetches) and prints how many pass (goal: at least 98%) and the check time (median and slowest);
 * `--list` prints every failing spec with its problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createVegaLiteChecker } from '../src/adapters/formats/vega-lite/vega-lite-checker.js';
import { median } from './support.js';

/** The example specs whose data is all inline, by file name. */
export function inlineExamples(folder: string): { name: string; content: string }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.vl.json'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }))
    .filter(({ content }) => carriesDataInline(JSON.parse(content)));
}

function carriesDataInline(spec: unknown): boolean {
  let inline = false;
  let fetched = false;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'url') fetched = true;
      if (key === 'values' || key === 'sequence') inline = true;
      visit(child);
    }
  };
  visit(spec);
  return inline && !fetched;
}

export interface ExampleFigures {
  specs: number;
  failing: { name: string; problems: string[] }[];
  timesMs: number[];
}

/** Checks every inline example, timing each. */
export async function measureExamples(folder: string): Promise<ExampleFigures> {
  const checker = createVegaLiteChecker();
  const figures: ExampleFigures = { specs: 0, failing: [], timesMs: [] };
  for (const { name, content } of inlineExamples(folder)) {
    figures.specs++;
    const started = performance.now();
    const result = await checker.check(content);
    figures.timesMs.push(performance.now() - started);
    if (!result.passed) figures.failing.push({ name, problems: result.problems });
  }
  return figures;
}

async function main(): Promise<void> {
  const [folder] = process.argv.slice(2).filter((arg) => arg !== '--list');
  if (!folder) {
    console.error('usage: node --import tsx bench/vega-lite-examples.ts PATH/TO/examples/specs [--list]');
    process.exitCode = 2;
    return;
  }
  const figures = await measureExamples(folder);
  if (process.argv.includes('--list'))
    for (const { name, problems } of figures.failing) console.log(`${name}\n  ${problems.join('\n  ')}`);
  const passing = figures.specs - figures.failing.length;
  // The first check compiles the schema and loads Vega: a one-off, not a chart's cost.
  const times = figures.timesMs.slice(1);
  const slowest = Math.max(...times);
  console.log(
    `inline specs ${figures.specs}, passing ${passing} (${((100 * passing) / figures.specs).toFixed(1)}%; goal ≥ 98%)`,
  );
  console.log(`check time: median ${median(times).toFixed(1)} ms, slowest ${slowest.toFixed(1)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
