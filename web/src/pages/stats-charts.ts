import type { Ledger } from '../types.js';

/*
 * The ledger's charts as Vega-Lite specs: built here from computed numbers only, never from a model,
 * with the same colours as the rest of the app (own green, lent amber, learning teal).
 */
const base = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 'container' as const,
  height: 180,
  config: {
    font: 'system-ui, sans-serif',
    axis: { labelColor: '#555', titleColor: '#333', gridColor: '#eee' },
    view: { stroke: null },
  },
  autosize: { type: 'fit' as const, contains: 'padding' as const },
};
const sized = (width: number) => ({ ...base, width });
/** On a narrow chart, labels turn and thin out rather than overlap. */
const labels = (width: number) =>
  width < 520 ? { labelAngle: -40, labelOverlap: 'greedy' as const, labelLimit: 90 } : { labelAngle: 0 };
const short = (text: string, max = 22) =>
  [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
const day = (iso: string) => new Date(iso).toLocaleDateString('en', { month: 'short', day: 'numeric' });
const fixed = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? 'n/a' : value.toFixed(digits);

export function repertoireChart(ledger: Ledger, width: number) {
  const values = ledger.repertoire.weeks.flatMap((w) => [
    { week: w.start, status: 'own', count: w.own },
    { week: w.start, status: 'lent', count: w.lent },
    { week: w.start, status: 'learning', count: w.learning },
  ]);
  return {
    ...sized(width),
    data: { values },
    // Bars, not an area: a record of one week is a bar too, where an area would draw nothing.
    mark: { type: 'bar', tooltip: false },
    encoding: {
      x: {
        field: 'week',
        type: 'ordinal',
        timeUnit: 'yearmonthdate',
        title: 'week of',
        axis: labels(width),
      },
      y: { field: 'count', type: 'quantitative', stack: true, title: 'abilities' },
      color: {
        field: 'status',
        type: 'nominal',
        scale: { domain: ['own', 'lent', 'learning'], range: ['#2f9e44', '#e8a317', '#1c9aa5'] },
        legend: { orient: 'top', title: null },
      },
    },
  };
}

export function goalsChart(ledger: Ledger, width: number) {
  const goals = [...ledger.imagination.perGoal].reverse().slice(-20);
  // Each goal by its own words (numbered, as two goals may share them), oldest on the left.
  const values = goals.flatMap((g, i) => {
    const goal = `${i + 1}. ${short(g.text)}`;
    return [
      { n: i, goal, measure: 'gain', value: g.gain },
      { n: i, goal, measure: 'reach', value: g.meanReach },
      { n: i, goal, measure: 'novelty', value: g.meanNovelty },
    ];
  });
  return {
    ...sized(width),
    data: { values: values.filter((v) => v.value !== null) },
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'goal',
        type: 'ordinal',
        sort: { field: 'n' },
        title: 'goal (oldest → newest)',
        axis: { ...labels(width), labelAngle: -35, labelLimit: width < 520 ? 90 : 140 },
      },
      y: { field: 'value', type: 'quantitative', title: null },
      color: {
        field: 'measure',
        type: 'nominal',
        scale: { domain: ['gain', 'reach', 'novelty'], range: ['#3b4cca', '#e8a317', '#b83280'] },
        legend: { orient: 'top', title: null },
      },
    },
  };
}

export function retentionChart(ledger: Ledger, width: number) {
  return {
    ...sized(width),
    data: { values: ledger.practice.weeks.filter((w) => w.retention !== null) },
    mark: { type: 'line', color: '#2f9e44', point: { color: '#2f9e44', size: 60 } },
    encoding: {
      x: { field: 'start', type: 'temporal', title: null },
      y: {
        field: 'retention',
        type: 'quantitative',
        scale: { domain: [0, 1] },
        axis: { format: '%' },
        title: 'retention',
      },
    },
  };
}

/** The person's DAT scores over time, with a line at the typical score (the published norm). */
export function datChart(ledger: Ledger, width: number, typical: number | undefined) {
  const scores = {
    data: { values: ledger.dat.scores },
    mark: { type: 'line', color: '#9a1f66', point: { color: '#9a1f66', size: 60 } },
    encoding: {
      x: { field: 'takenAt', type: 'temporal', title: null, axis: labels(width) },
      y: { field: 'score', type: 'quantitative', scale: { zero: false }, title: 'DAT score' },
    },
  };
  if (typical === undefined) return { ...sized(width), ...scores };
  const norm = { data: { values: [{ typical, label: `typical ${typical.toFixed(1)}` }] } };
  return {
    ...sized(width),
    layer: [
      scores,
      {
        ...norm,
        mark: { type: 'rule', color: '#5d6675', strokeDash: [6, 4] },
        encoding: { y: { field: 'typical', type: 'quantitative' } },
      },
      {
        ...norm,
        mark: { type: 'text', align: 'left', dx: 4, dy: -7, color: '#3d4450', x: 0 },
        encoding: { y: { field: 'typical', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}

/**
 * Each chart's text alternative: what the chart shows, in numbers, for someone who cannot see it
 * (and for anyone who wants the figures).
 */
export function chartDescriptions(ledger: Ledger, typical: number | undefined) {
  const weeks = ledger.repertoire.weeks;
  const lastWeek = weeks.at(-1);
  const goals = [...ledger.imagination.perGoal].reverse().slice(-20);
  const latestGoal = goals.at(-1);
  const practice = ledger.practice.weeks.filter((w) => w.retention !== null);
  const scores = ledger.dat.scores;
  return {
    repertoire: lastWeek
      ? `Abilities by status over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'} from ${day(weeks[0]!.start)} to ${day(lastWeek.start)}; that last week: ${lastWeek.own} own, ${lastWeek.lent} lent, ${lastWeek.learning} learning.`
      : 'No weeks recorded.',
    goals: latestGoal
      ? `Gain, mean reach and mean novelty of the last ${goals.length} ${goals.length === 1 ? 'goal' : 'goals'}. Mean gain ${fixed(ledger.imagination.meanGain)}; newest goal "${short(latestGoal.text, 60)}": gain ${fixed(latestGoal.gain)}, reach ${fixed(latestGoal.meanReach)}, novelty ${fixed(latestGoal.meanNovelty)}.`
      : 'No goals recorded.',
    retention: practice.length
      ? `Share of reviews remembered in ${practice.length} ${practice.length === 1 ? 'week' : 'weeks'}: from ${Math.round(practice[0]!.retention! * 100)}% in the week of ${day(practice[0]!.start)} to ${Math.round(practice.at(-1)!.retention! * 100)}% in the week of ${day(practice.at(-1)!.start)}.`
      : 'No reviews recorded.',
    dat: scores.length
      ? `${scores.length} DAT ${scores.length === 1 ? 'score' : 'scores'} from ${day(scores[0]!.takenAt)} to ${day(scores.at(-1)!.takenAt)}: latest ${fixed(ledger.dat.latest)}, best ${fixed(ledger.dat.best)}${typical === undefined ? '' : `; the dashed line is the typical score, ${typical.toFixed(1)}`}.`
      : 'No DAT scores recorded.',
  };
}
