import { fileURLToPath } from 'node:url';
import { measureCorpus, readCorpus } from './abc-corpus.js';
import { median, printer } from './support.js';
import { measureExamples } from './vega-lite-examples.js';

const print = printer('format corpora');
const sample = fileURLToPath(new URL('./fixtures/abc-sample.abc', import.meta.url));

/**
 * The checks over real artifacts nobody here wrote: the abc check per tune over a corpus of human-written
 * tunes ($CHOPS_ABC_CORPUS, files or folders separated by ':'; default the 16-tune sample in
 * bench/fixtures) with its failure and one-note-removed rates, and the Vega-Lite check over Vega-Lite's
 * own example suite ($CHOPS_VEGA_LITE_EXAMPLES, its examples/specs folder; skipped when unset), with its
 * pass rate. README, "Checking your own files", says where the corpora come from.
 */
export default async function formatCorporaBench(): Promise<void> {
  const paths = process.env.CHOPS_ABC_CORPUS?.split(':').filter(Boolean) ?? [sample];
  const abc = await measureCorpus(readCorpus(paths));
  const abcTimes = abc.timesMs.slice(1);
  print(`abc check per tune (${abc.tunes} tunes)`, median(abcTimes), 'ms', '< 5 ms (1,000 tunes in seconds)');
  print('abc check per tune, slowest', Math.max(...abcTimes), 'ms', '-', 'max');
  print('abc tunes failing', (100 * abc.failing.length) / abc.tunes, '%', '≤ 5%', 'share');
  print(
    'abc tunes with one note removed still failing',
    (100 * abc.caught) / abc.mutated,
    '%',
    '≥ 98%',
    'share',
  );

  const folder = process.env.CHOPS_VEGA_LITE_EXAMPLES;
  if (!folder) {
    console.log(
      'format corpora: vega-lite example suite skipped (set CHOPS_VEGA_LITE_EXAMPLES to vega-lite/examples/specs)',
    );
    return;
  }
  const vegaLite = await measureExamples(folder);
  const times = vegaLite.timesMs.slice(1);
  print(`vega-lite check per example (${vegaLite.specs} inline specs)`, median(times), 'ms', '-');
  print('vega-lite check per example, slowest', Math.max(...times), 'ms', '-', 'max');
  const passing = vegaLite.specs - vegaLite.failing.length;
  print('vega-lite examples passing', (100 * passing) / vegaLite.specs, '%', '≥ 98%', 'share');
}
