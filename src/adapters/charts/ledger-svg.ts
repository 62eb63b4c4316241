import type { Ledger } from '../../domain/ledger/ledger.js';
import { barPanel, escapeXml, linePanel, panelHeight, panelWidth } from './svg-parts.js';

const colors = {
  own: '#2e7d32',
  lent: '#ef6c00',
  learning: '#1565c0',
  reach: '#ef6c00',
  novelty: '#6a1b9a',
  gain: '#00838f',
  reviews: '#546e7a',
  retention: '#2e7d32',
  dat: '#ad1457',
};

const style = `<style>
  text { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #222; }
  .title { font-size: 15px; font-weight: 600; }
  .note { font-size: 12px; fill: #555; }
  .tick { font-size: 11px; fill: #555; }
  .start { text-anchor: start; }
  .end { text-anchor: end; }
  .mid { text-anchor: middle; }
  .empty { font-size: 13px; fill: #888; text-anchor: middle; }
  .axis { stroke: #999; stroke-width: 1; }
</style>`;

const percent = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value * 100)}%`);
const number = (value: number | null, digits = 2) => (value === null ? 'n/a' : value.toFixed(digits));
const share = (value: number) => `${Math.round(value * 100)}%`;

/**
 * The ledger's charts as one SVG document, the same ones `chops stats` draws with text: the repertoire,
 * reach and novelty, gain, reviews, retention and the DAT, each over the ledger's weeks.
 */
export function ledgerSvg(ledger: Ledger): string {
  const { repertoire, imagination, practice, dat } = ledger;
  const labels = repertoire.weeks.map((week) => week.week);
  const top = Math.max(1, ...repertoire.weeks.map((week) => Math.max(week.own, week.lent, week.learning)));
  const recently = repertoire.recentlyOwn.slice(0, 5).map((ability) => ability.name);
  const gainTop = Math.max(1, ...imagination.weeks.map((week) => week.meanGain ?? 0));
  const reviewTop = Math.max(1, ...practice.weeks.map((week) => week.reviews));
  const scores = dat.scores.map((row) => row.score);
  const datLow = scores.length ? Math.floor(Math.min(...scores) / 5) * 5 : 0;
  const panels = [
    linePanel(
      [
        { name: 'own', color: colors.own, values: repertoire.weeks.map((week) => week.own) },
        { name: 'lent', color: colors.lent, values: repertoire.weeks.map((week) => week.lent) },
        { name: 'learning', color: colors.learning, values: repertoire.weeks.map((week) => week.learning) },
      ],
      {
        title: 'Repertoire by week',
        subtitle: `now: ${repertoire.now.own} own, ${repertoire.now.lent} lent, ${repertoire.now.learning} learning${recently.length ? ` · recently own: ${recently.join(', ')}` : ''}`,
        labels,
        yMin: 0,
        yMax: top,
      },
    ),
    linePanel(
      [
        { name: 'reach', color: colors.reach, values: imagination.weeks.map((week) => week.meanReach) },
        { name: 'novelty', color: colors.novelty, values: imagination.weeks.map((week) => week.meanNovelty) },
      ],
      {
        title: 'Ideas by week: mean reach and novelty',
        subtitle: `${imagination.ideas} ideas for ${imagination.goals} goals · mean reach ${number(imagination.meanReach)} · mean novelty ${number(imagination.meanNovelty)} · ${imagination.made.neededLent} of ${imagination.made.ideas} made ideas needed a lent ability`,
        labels,
        yMin: 0,
        yMax: 1,
      },
    ),
    linePanel(
      [{ name: 'gain', color: colors.gain, values: imagination.weeks.map((week) => week.meanGain) }],
      {
        title: 'Imagination gain by week (reach spread / solo spread)',
        subtitle: `mean gain ${number(imagination.meanGain)}`,
        labels,
        yMin: 0,
        yMax: gainTop,
      },
    ),
    barPanel(
      { name: 'reviews', color: colors.reviews, values: practice.weeks.map((week) => week.reviews) },
      {
        title: 'Reviews by week',
        subtitle: `${practice.reviews} reviews · ${practice.cardsDue} of ${practice.cards} cards due now · ${practice.abilitiesMastered} abilities mastered`,
        labels,
        yMin: 0,
        yMax: reviewTop,
        format: (value) => String(Math.round(value)),
      },
    ),
    linePanel(
      [{ name: 'retention', color: colors.retention, values: practice.weeks.map((week) => week.retention) }],
      {
        title: 'Retention by week (reviews not rated again)',
        subtitle: `overall ${percent(practice.retention)}`,
        labels,
        yMin: 0,
        yMax: 1,
        format: share,
      },
    ),
    linePanel([{ name: 'DAT', color: colors.dat, values: scores }], {
      title: 'Divergent Association Task scores',
      subtitle: dat.count
        ? `${dat.count} scores · latest ${number(dat.latest)} · best ${number(dat.best)} · mean ${number(dat.mean)}`
        : 'take the task with chops dat',
      labels: dat.scores.map((row) => row.takenAt.slice(0, 10)),
      yMin: datLow,
      yMax: Math.max(datLow + 5, Math.ceil(Math.max(0, ...scores) / 5) * 5),
    }),
  ];
  const height = panels.length * panelHeight + 40;
  const heading = `chops ledger · ${ledger.since ? `since ${ledger.since}` : 'all history'} · ${ledger.now.slice(0, 10)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${panelWidth}" height="${height}" viewBox="0 0 ${panelWidth} ${height}" role="img">`,
    `<title>${escapeXml(heading)}</title>`,
    style,
    '<rect width="100%" height="100%" fill="#fff"/>',
    `<text x="56" y="26" class="title">${escapeXml(heading)}</text>`,
    ...panels.map((panel, i) => `<g transform="translate(0 ${40 + i * panelHeight})">${panel}</g>`),
    '</svg>',
    '',
  ].join('\n');
}
