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
        axis: { labelAngle: 0 },
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
  const values = goals.flatMap((g, i) => [
    { n: i + 1, goal: g.text, measure: 'gain', value: g.gain },
    { n: i + 1, goal: g.text, measure: 'reach', value: g.meanReach },
    { n: i + 1, goal: g.text, measure: 'novelty', value: g.meanNovelty },
  ]);
  return {
    ...sized(width),
    data: { values: values.filter((v) => v.value !== null) },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'n', type: 'ordinal', title: 'goal (oldest → newest)' },
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

export function datChart(ledger: Ledger, width: number) {
  return {
    ...sized(width),
    data: { values: ledger.dat.scores },
    mark: { type: 'line', color: '#b83280', point: { color: '#b83280', size: 60 } },
    encoding: {
      x: { field: 'takenAt', type: 'temporal', title: null },
      y: { field: 'score', type: 'quantitative', scale: { zero: false }, title: 'DAT score' },
    },
  };
}
