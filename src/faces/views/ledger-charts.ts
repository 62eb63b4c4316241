import type { TopLevelSpec } from 'vega-lite';
import type { NonNormalizedSpec } from 'vega-lite/types_unstable/spec/index.js';
import type { Ledger } from '../../domain/ledger/ledger.js';
import {
  absorbedSpec,
  chartedGoals,
  datSpec,
  goalsSpec,
  type LedgerChartContext,
  label,
  ownIdeasSpec,
  practiceSpec,
  repertoireSpec,
} from './ledger-chart-specs.js';

export { chartColors, type LedgerChartContext } from './ledger-chart-specs.js';

/*
 * The ledger's charts, one list read by the web's stats page and by `chops stats --svg`: each chart's
 * title, when it has nothing to show, its text alternative and its Vega-Lite spec. Pure: no vega here
 * (the faces compile and draw), no Node, so the web app bundles it as it is.
 */

export type LedgerChartId = 'repertoire' | 'goals' | 'practice' | 'ownIdeas' | 'absorbed' | 'dat';

interface LedgerChart {
  id: LedgerChartId;
  title: string;
  /** Nothing recorded for it yet: the web invites the person to start, the SVG says so. */
  isEmpty(ledger: Ledger): boolean;
  /** What the chart shows, in numbers, for someone who cannot see it (and anyone who wants figures). */
  describe(ledger: Ledger, context: LedgerChartContext): string;
  /** The chart without the top-level parts (schema, config, size fitting) that `standalone` adds. */
  body(ledger: Ledger, context: LedgerChartContext): NonNormalizedSpec;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const fixed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? 'n/a' : value.toFixed(digits);
const percent = (value: number) => `${Math.round(value * 100)}%`;
// Weeks are UTC (see domain/ledger/weeks.ts), so their dates are too, wherever the chart is drawn.
const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The ledger's charts, in the order both faces show them. */
export const ledgerCharts: readonly LedgerChart[] = [
  {
    id: 'repertoire',
    title: 'Repertoire over time',
    isEmpty: (ledger) => ledger.repertoire.weeks.length === 0,
    describe({ repertoire }) {
      const { weeks } = repertoire;
      const last = weeks.at(-1);
      if (!last) return 'No weeks recorded.';
      const recent = repertoire.recentlyOwn.slice(0, 3).map((a) => label(a.name, 40));
      return `Abilities by status over ${count(weeks.length, 'week')} from ${day(weeks[0]!.start)} to ${day(last.start)}${recent.length ? `; recently own: ${recent.join(', ')}` : ''}; that last week: ${last.own} own, ${last.lent} lent, ${last.learning} learning.`;
    },
    body: repertoireSpec,
  },
  {
    id: 'goals',
    title: 'Gain, reach and novelty per goal',
    isEmpty: (ledger) => ledger.imagination.perGoal.length === 0,
    describe(ledger) {
      const goals = chartedGoals(ledger);
      const latest = goals.at(-1);
      if (!latest) return 'No goals recorded.';
      return `Gain, mean reach and mean novelty of the last ${count(goals.length, 'goal')}. Mean gain ${fixed(ledger.imagination.meanGain)}; newest goal "${label(latest.text, 60)}": gain ${fixed(latest.gain)}, reach ${fixed(latest.meanReach)}, novelty ${fixed(latest.meanNovelty)}.`;
    },
    body: goalsSpec,
  },
  {
    id: 'practice',
    title: 'Practice by week: reviews and retention',
    isEmpty: (ledger) => ledger.practice.reviews === 0,
    describe({ practice }) {
      const kept = practice.weeks.filter((w) => w.retention !== null);
      const first = kept[0];
      const last = kept.at(-1);
      if (!first || !last) return 'No reviews recorded.';
      return `${count(practice.reviews, 'review')} in ${count(kept.length, 'week')}; share remembered from ${percent(first.retention!)} in the week of ${day(first.start)} to ${percent(last.retention!)} in the week of ${day(last.start)}.`;
    },
    body: practiceSpec,
  },
  {
    id: 'ownIdeas',
    title: 'Own ideas by week',
    isEmpty: (ledger) => ledger.ownIdeas.ideas === 0,
    describe({ ownIdeas }) {
      if (ownIdeas.ideas === 0) return 'No ideas of your own recorded.';
      const weeks = ownIdeas.weeks.filter((w) => w.ideas > 0).length;
      const absorbed = ownIdeas.absorbedShare === null ? 'n/a' : percent(ownIdeas.absorbedShare);
      return `${count(ownIdeas.ideas, 'idea')} of your own in ${count(weeks, 'week')}: spread ${fixed(ownIdeas.spread)}, originality ${fixed(ownIdeas.meanOriginality)} of 5, ${absorbed} use an absorbed ability, similarity to the model’s ideas ${fixed(ownIdeas.similarityToModel)}.`;
    },
    body: ownIdeasSpec,
  },
  {
    id: 'absorbed',
    title: 'Absorbed: lent, then own, then in an idea of yours',
    isEmpty: (ledger) => ledger.ownIdeas.absorbed.length === 0,
    describe({ ownIdeas }) {
      const { absorbed } = ownIdeas;
      if (absorbed.length === 0) return 'No absorbed abilities yet.';
      const used = absorbed.filter((a) => a.firstOwnIdea !== null).length;
      const names = absorbed.slice(0, 3).map((a) => label(a.name, 40));
      return `${count(absorbed.length, 'ability', 'abilities')} lent in an artifact, practised and now own (${names.join(', ')}${absorbed.length > 3 ? ', …' : ''}); ${used} of them used in an idea of your own since.`;
    },
    body: absorbedSpec,
  },
  {
    id: 'dat',
    title: 'DAT scores',
    isEmpty: (ledger) => ledger.dat.count === 0,
    describe({ dat }, { typicalDat }) {
      const { scores } = dat;
      if (scores.length === 0) return 'No DAT scores recorded.';
      return `${count(scores.length, 'DAT score')} from ${day(scores[0]!.takenAt)} to ${day(scores.at(-1)!.takenAt)}: latest ${fixed(dat.latest)}, best ${fixed(dat.best)}${typicalDat === undefined ? '' : `; the dashed line is the typical score, ${typicalDat.toFixed(1)}`}.`;
    },
    body: datSpec,
  },
];

const top = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  background: '#ffffff',
  config: {
    font: 'system-ui, -apple-system, Segoe UI, sans-serif',
    axis: { labelColor: '#555', titleColor: '#333', gridColor: '#eee' },
    header: { labelColor: '#333' },
    title: { anchor: 'start' as const, frame: 'group' as const, color: '#222', subtitleColor: '#555' },
    view: { stroke: null },
  },
};

/** One chart as a spec of its own, fitted to its width (the web app's chart panels). */
export function standaloneSpec(
  chart: LedgerChart,
  ledger: Ledger,
  context: LedgerChartContext,
): TopLevelSpec {
  const body = chart.body(ledger, context);
  // Vega-Lite fits only single and layered views to a width; a faceted one is sized by its cells.
  const fit = 'facet' in body ? {} : { autosize: { type: 'fit', contains: 'padding' } };
  return { ...top, ...fit, ...body } as TopLevelSpec;
}

/**
 * How many characters of a 12 px subtitle fit a chart's width, as vega reckons text widths in Node
 * (0.8 × size per character, with no canvas to measure): the layout is sized by that reckoning.
 */
const subtitleCharacters = (width: number) => Math.floor(width / (0.8 * 12));

/** Text cut into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Every chart of the ledger stacked in one spec (the SVG of `chops stats --svg`): each under its title
 * with its text alternative as the subtitle; a chart with nothing recorded says so in its place.
 */
export function combinedSpec(ledger: Ledger, context: LedgerChartContext): TopLevelSpec {
  const charts = ledgerCharts.map((chart): NonNormalizedSpec => {
    const description = chart.describe(ledger, context);
    if (chart.isEmpty(ledger))
      return {
        title: chart.title,
        width: context.width,
        height: 36,
        data: { values: [{ note: description }] },
        mark: { type: 'text', align: 'left', color: '#888', fontSize: 13 },
        encoding: { text: { field: 'note' }, x: { value: 0 }, y: { value: 18 } },
      };
    return {
      title: { text: chart.title, subtitle: wrap(description, subtitleCharacters(context.width)) },
      ...chart.body(ledger, context),
    } as NonNormalizedSpec;
  });
  const heading = `chops ledger · ${ledger.since ? `since ${ledger.since}` : 'all history'} · ${ledger.now.slice(0, 10)}`;
  return {
    ...top,
    title: { text: heading, fontSize: 16 },
    description: heading,
    spacing: 36,
    vconcat: charts,
    // Each chart keeps its own colours and legend (a concatenation would share one colour scale).
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
  } as TopLevelSpec;
}
