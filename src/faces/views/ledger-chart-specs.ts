import type { NonNormalizedSpec } from 'vega-lite/types_unstable/spec/index.js';
import type { Ledger } from '../../domain/ledger/ledger.js';
import { cleanModelText } from '../../domain/model-text.js';

/*
 * The bodies of the ledger's Vega-Lite charts, built from computed numbers only, never from a model.
 * The person's own text (goal text, ability names) goes into the data as one plain line: vega escapes
 * it when it writes SVG, and control characters, which no SVG may hold, never reach it.
 */

/** What a chart is drawn for: the width it has, and the published DAT norm when it is known. */
export interface LedgerChartContext {
  width: number;
  typicalDat?: number | undefined;
}

/** The colours of the ledger's charts, the same in the web app and the SVG (own green, lent amber). */
export const chartColors = {
  own: '#2f9e44',
  lent: '#e8a317',
  learning: '#1c9aa5',
  gain: '#3b4cca',
  reach: '#e8a317',
  novelty: '#b83280',
  reviews: '#8d96a5',
  retention: '#2f9e44',
  dat: '#9a1f66',
  norm: '#5d6675',
  ideas: '#3b4cca',
  spread: '#1c9aa5',
  originality: '#b83280',
  absorbed: '#2f9e44',
  likeModel: '#e8a317',
} as const;

/** The person's text as one short line of a chart. */
export const label = (text: string, max = 22) => cleanModelText(text, max);

/** On a narrow chart, labels turn and thin out rather than overlap. */
const xLabels = (width: number) =>
  width < 520 ? { labelAngle: -40, labelOverlap: 'greedy' as const, labelLimit: 90 } : { labelAngle: 0 };
const weekAxis = (width: number) => ({
  field: 'week',
  type: 'ordinal' as const,
  timeUnit: 'yearmonthdate' as const,
  title: 'week of',
  axis: xLabels(width),
});
const legend = { orient: 'top' as const, title: null };
/** Colours `field`'s values as `colours` says, in that order, with the legend on top. */
const colourBy = (field: string, colours: Record<string, string>) => ({
  field,
  type: 'nominal' as const,
  scale: { domain: Object.keys(colours), range: Object.values(colours) },
  legend,
});
/** A time axis labelled by day (`Mar 02`), as the ledger's dates are days. */
const dayAxis = (width: number) => ({ ...xLabels(width), format: '%b %d' });

export function repertoireSpec(ledger: Ledger, { width }: LedgerChartContext): NonNormalizedSpec {
  const values = ledger.repertoire.weeks.flatMap((w) => [
    { week: w.start, status: 'own', count: w.own },
    { week: w.start, status: 'lent', count: w.lent },
    { week: w.start, status: 'learning', count: w.learning },
  ]);
  return {
    width,
    height: 180,
    data: { values },
    // Bars, not an area: a record of one week is a bar too, where an area would draw nothing.
    mark: { type: 'bar', tooltip: false },
    encoding: {
      x: weekAxis(width),
      y: { field: 'count', type: 'quantitative', stack: true, title: 'abilities' },
      color: colourBy('status', {
        own: chartColors.own,
        lent: chartColors.lent,
        learning: chartColors.learning,
      }),
    },
  };
}

/** The goals a chart shows: the last 20, oldest first. */
export const chartedGoals = (ledger: Ledger) => [...ledger.imagination.perGoal].reverse().slice(-20);

export function goalsSpec(ledger: Ledger, { width }: LedgerChartContext): NonNormalizedSpec {
  // Each goal by its own words (numbered, as two goals may share them), oldest on the left.
  const values = chartedGoals(ledger).flatMap((g, i) => {
    const goal = `${i + 1}. ${label(g.text)}`;
    return [
      { n: i, goal, measure: 'gain', value: g.gain },
      { n: i, goal, measure: 'reach', value: g.meanReach },
      { n: i, goal, measure: 'novelty', value: g.meanNovelty },
    ];
  });
  return {
    width,
    height: 180,
    data: { values: values.filter((v) => v.value !== null) },
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'goal',
        type: 'ordinal',
        sort: { field: 'n' },
        title: 'goal (oldest → newest)',
        axis: { ...xLabels(width), labelAngle: -35, labelLimit: width < 520 ? 90 : 140 },
      },
      y: { field: 'value', type: 'quantitative', title: null },
      color: colourBy('measure', {
        gain: chartColors.gain,
        reach: chartColors.reach,
        novelty: chartColors.novelty,
      }),
    },
  };
}

/** Reviews as bars (left axis) and the share remembered as a line (right axis), by week. */
export function practiceSpec(ledger: Ledger, { width }: LedgerChartContext): NonNormalizedSpec {
  const values = ledger.practice.weeks.map((w) => ({
    week: w.start,
    reviews: w.reviews,
    retention: w.retention,
  }));
  return {
    width,
    height: 180,
    data: { values },
    encoding: { x: weekAxis(width) },
    layer: [
      {
        mark: { type: 'bar', color: chartColors.reviews, tooltip: false },
        encoding: {
          y: {
            field: 'reviews',
            type: 'quantitative',
            title: 'reviews',
            axis: { titleColor: chartColors.reviews, tickMinStep: 1 },
          },
        },
      },
      {
        transform: [{ filter: 'datum.retention !== null' }],
        mark: {
          type: 'line',
          color: chartColors.retention,
          point: { color: chartColors.retention, size: 60 },
        },
        encoding: {
          y: {
            field: 'retention',
            type: 'quantitative',
            scale: { domain: [0, 1] },
            axis: { format: '%', orient: 'right', titleColor: chartColors.retention },
            title: 'retention (not rated again)',
          },
        },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  };
}

/** The measures of the person's own ideas, one row each, in this order. */
const ownIdeaMeasures = [
  { key: 'ideas', name: 'ideas', color: chartColors.ideas },
  { key: 'spread', name: 'spread', color: chartColors.spread },
  { key: 'meanOriginality', name: 'originality (1–5)', color: chartColors.originality },
  { key: 'absorbedShare', name: 'absorbed share', color: chartColors.absorbed },
  { key: 'similarityToModel', name: 'like the model’s', color: chartColors.likeModel },
] as const;

/** The person's own ideas by week: one small chart per measure, each on its own scale. */
export function ownIdeasSpec(ledger: Ledger, { width }: LedgerChartContext): NonNormalizedSpec {
  const weeks = ledger.ownIdeas.weeks.filter((w) => w.ideas > 0);
  const values = weeks.flatMap((w) =>
    ownIdeaMeasures.flatMap((m) =>
      w[m.key] === null ? [] : [{ week: w.start, measure: m.name, value: w[m.key] }],
    ),
  );
  return {
    data: { values },
    facet: {
      row: {
        field: 'measure',
        type: 'nominal',
        sort: ownIdeaMeasures.map((m) => m.name),
        // Each measure's name above its row, so the rows are as wide as the other charts.
        header: {
          title: null,
          labelOrient: 'top',
          labelAnchor: 'start',
          labelAngle: 0,
          labelAlign: 'left',
          labelPadding: 2,
        },
      },
    },
    spacing: 6,
    spec: {
      width,
      height: 44,
      mark: { type: 'line', point: { size: 50 } },
      encoding: {
        x: { field: 'week', type: 'temporal', title: null, axis: dayAxis(width) },
        y: { field: 'value', type: 'quantitative', title: null, axis: { tickCount: 3 } },
        color: {
          field: 'measure',
          type: 'nominal',
          scale: { domain: ownIdeaMeasures.map((m) => m.name), range: ownIdeaMeasures.map((m) => m.color) },
          legend: null,
        },
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}

/** Each absorbed ability on a line: lent, own, and the first own idea that used it. */
export function absorbedSpec(ledger: Ledger, { width }: LedgerChartContext): NonNormalizedSpec {
  const abilities = ledger.ownIdeas.absorbed.map((a, i) => ({
    ability: `${i + 1}. ${label(a.name, 30)}`,
    lent: a.lentAt,
    own: a.ownAt,
  }));
  const events = ledger.ownIdeas.absorbed.flatMap((a, i) => {
    const ability = abilities[i]!.ability;
    const first = a.firstOwnIdea ? [{ ability, event: 'first own idea', at: a.firstOwnIdea.at }] : [];
    return [{ ability, event: 'lent', at: a.lentAt }, { ability, event: 'own', at: a.ownAt }, ...first];
  });
  const y = {
    field: 'ability',
    type: 'nominal' as const,
    title: null,
    sort: abilities.map((a) => a.ability),
    // Names are already cut to a line (label); vega's own limit guesses text widths, too narrowly.
    axis: { labelLimit: 0 },
  };
  return {
    width,
    // A line per ability (a fixed height, not a step: the web app fits the chart to its panel).
    height: Math.max(40, 26 * abilities.length),
    layer: [
      {
        data: { values: abilities },
        mark: { type: 'rule', color: chartColors.norm },
        encoding: {
          y,
          x: { field: 'lent', type: 'temporal', title: null, axis: dayAxis(width) },
          x2: { field: 'own' },
        },
      },
      {
        data: { values: events },
        mark: { type: 'point', filled: true, size: 80 },
        encoding: {
          y,
          x: { field: 'at', type: 'temporal', title: null, axis: dayAxis(width) },
          color: colourBy('event', {
            lent: chartColors.lent,
            own: chartColors.own,
            'first own idea': chartColors.ideas,
          }),
        },
      },
    ],
  };
}

/** The person's DAT scores over time, with a line at the typical score (the published norm). */
export function datSpec(ledger: Ledger, { width, typicalDat }: LedgerChartContext): NonNormalizedSpec {
  const scores: NonNormalizedSpec = {
    data: { values: ledger.dat.scores },
    mark: { type: 'line', color: chartColors.dat, point: { color: chartColors.dat, size: 60 } },
    encoding: {
      x: { field: 'takenAt', type: 'temporal', title: null, axis: dayAxis(width) },
      y: { field: 'score', type: 'quantitative', scale: { zero: false }, title: 'DAT score' },
    },
  };
  if (typicalDat === undefined) return { width, height: 180, ...scores };
  const norm = { data: { values: [{ typical: typicalDat, label: `typical ${typicalDat.toFixed(1)}` }] } };
  return {
    width,
    height: 180,
    layer: [
      scores,
      {
        ...norm,
        mark: { type: 'rule', color: chartColors.norm, strokeDash: [6, 4] },
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
