/**
 * The abc check measured on a corpus of human-written tunes that nobody here wrote:
 *
 *     node --import tsx bench/abc-corpus.ts FILE.abc|FOLDER... [--list]
 *
 * prints how many tunes fail (goal: at most 5%), and of the tunes that pass, how many still fail with one
 * note removed from one bar (goal: at least 98%); `--list` also prints every failing tune with its
 * problems. The corpus used in the README is fetched, not committed (see README, "Checking your own
 * files"); a small licence-compatible sample lives in bench/fixtures/abc-sample.abc.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAbcChecker } from '../src/adapters/formats/abc/abc-checker.js';
import { type BookTune, splitTuneBook } from '../src/adapters/formats/abc/tune-book.js';

export interface CorpusTune extends BookTune {
  file: string;
}

/** Every tune of every .abc file named or found (one level deep) in a folder named. */
export function readCorpus(paths: string[]): CorpusTune[] {
  const files = paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.abc'))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
  return files.flatMap((file) =>
    splitTuneBook(readFileSync(file, 'utf8')).map((tune) => ({ ...tune, file })),
  );
}

interface Element {
  el_type: string;
  startChar: number;
  endChar: number;
  startTriplet?: number;
  endTriplet?: boolean;
  rest?: unknown;
  pitches?: unknown[];
}

// A plain note as written: an optional chord symbol or decoration, a pitch, a length; no tie, no broken
// rhythm, no chord of notes, so that removing it changes only how long its bar lasts.
const plainNote = /^\s*("[^"]*"\s*)*(![^!]*!|[~.HLMOPSTuv])*[_=^]*[A-Ga-g][,']*\d*(\/\d*)?\s*$/;

/**
 * The tune with one plain note removed from one bar, chosen by `random` among the bars of the first voice
 * other than its first and last (where a short bar can be a pickup) and bars of a single note, or
 * undefined if it has none.
 */
export async function withOneNoteRemoved(text: string, random: () => number): Promise<string | undefined> {
  const abcjs = (await import('abcjs')).default;
  const tune = abcjs.parseOnly(text)[0];
  const elements: Element[] = [];
  for (const line of (tune?.lines ?? []) as { staff?: { voices: Element[][] }[] }[])
    elements.push(...(line.staff?.[0]?.voices[0] ?? []));
  const bars: Element[][] = [[]];
  let inTuplet = false;
  for (const element of elements) {
    if (element.el_type === 'bar') {
      if (bars.at(-1)!.length > 0) bars.push([]);
      continue;
    }
    if (element.startTriplet) inTuplet = true;
    const removable =
      element.el_type === 'note' &&
      !inTuplet &&
      element.rest === undefined &&
      element.pitches?.length === 1 &&
      plainNote.test(text.slice(element.startChar, element.endChar)) &&
      text[element.endChar] !== '-' &&
      !/[<>]/.test(text.slice(element.endChar, element.endChar + 1));
    if (element.endTriplet) inTuplet = false;
    bars.at(-1)!.push(removable ? element : { ...element, el_type: 'fixed' });
  }
  // A bar of one note would vanish with it, leaving nothing to measure.
  const candidates = bars
    .slice(1, -1)
    .filter((bar) => bar.length > 1 && bar.some((element) => element.el_type === 'note'));
  if (candidates.length === 0) return undefined;
  const bar = candidates[Math.floor(random() * candidates.length)]!;
  const notes = bar.filter((element) => element.el_type === 'note');
  const note = notes[Math.floor(random() * notes.length)]!;
  return text.slice(0, note.startChar) + text.slice(note.endChar);
}

/** A small deterministic generator (mulberry32), so every run removes the same notes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusFigures {
  tunes: number;
  failing: { tune: CorpusTune; problems: string[] }[];
  mutated: number;
  caught: number;
  timesMs: number[];
}

/** Checks every tune, then every passing tune again with one note removed. */
export async function measureCorpus(tunes: CorpusTune[]): Promise<CorpusFigures> {
  const checker = createAbcChecker();
  const random = seededRandom(13);
  const figures: CorpusFigures = { tunes: tunes.length, failing: [], mutated: 0, caught: 0, timesMs: [] };
  for (const tune of tunes) {
    const started = performance.now();
    const result = await checker.check(tune.text);
    figures.timesMs.push(performance.now() - started);
    if (!result.passed) {
      figures.failing.push({ tune, problems: result.problems });
      continue;
    }
    const mutant = await withOneNoteRemoved(tune.text, random);
    if (mutant === undefined) continue;
    figures.mutated++;
    if (!(await checker.check(mutant)).passed) figures.caught++;
  }
  return figures;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const paths = args.filter((arg) => arg !== '--list');
  if (paths.length === 0) {
    console.error('usage: node --import tsx bench/abc-corpus.ts FILE.abc|FOLDER... [--list]');
    process.exitCode = 2;
    return;
  }
  const figures = await measureCorpus(readCorpus(paths));
  if (args.includes('--list'))
    for (const { tune, problems } of figures.failing)
      console.log(`${tune.file}:${tune.line} ${tune.title}\n  ${problems.join('\n  ')}`);
  console.log(
    `tunes ${figures.tunes}, failing ${figures.failing.length} (${percent(figures.failing.length, figures.tunes)}; goal ≤ 5%)`,
  );
  console.log(
    `one note removed: ${figures.caught} of ${figures.mutated} fail (${percent(figures.caught, figures.mutated)}; goal ≥ 98%)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
