/**
 * Runs every `bench/*.bench.ts` in name order: `node --import tsx bench/run.ts [name-filter…]`. Each
 * bench's default export prints its own lines (name, median, goal, pass/fail). A bench that throws is
 * reported and the rest still run; the exit code is 1 if any threw.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const folder = import.meta.dirname;
const filters = process.argv.slice(2);
const benches = readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`# ${file}`);
  try {
    const bench = (await import(pathToFileURL(join(folder, file)).href)) as { default: () => Promise<void> };
    await bench.default();
  } catch (error) {
    failed++;
    console.log(`${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
if (benches.length === 0) console.log(`No benches match ${filters.join(' ')}`);
process.exitCode = failed > 0 ? 1 : 0;
