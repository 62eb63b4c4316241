import { useMemo } from 'react';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { VegaChart } from '../components/vega-chart.js';
import { Link } from '../router.js';
import type { DatPageJson, Ledger } from '../types.js';
import { useApi } from '../use-api.js';
import { OwnIdeasPanel } from './own-ideas-panel.js';
import { chartDescriptions, datChart, goalsChart, repertoireChart, retentionChart } from './stats-charts.js';
import { StatsTables } from './stats-tables.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/** Stats: the ledger's numbers and charts, computed from what chops recorded, never asserted. */
export function StatsPage() {
  const stats = useApi<Ledger>('/stats');
  const datPage = useApi<DatPageJson>('/dat');
  const typical = datPage.data?.norm.typical;
  // The panel's inner width: the page is at most 1080 px wide, less its padding and the panel's.
  const width = Math.min(1000, window.innerWidth - 76);
  const charts = useMemo(
    () =>
      stats.data && {
        repertoire: repertoireChart(stats.data, width),
        goals: goalsChart(stats.data, width),
        retention: retentionChart(stats.data, width),
        dat: datChart(stats.data, width, typical),
        alt: chartDescriptions(stats.data, typical),
      },
    [stats.data, width, typical],
  );
  if (stats.error) return <ErrorNote error={stats.error} onRetry={stats.reload} />;
  if (!stats.data || !charts) return <Loading />;
  const { repertoire, imagination, practice, dat } = stats.data;
  return (
    <section>
      <h1>Stats</h1>
      <div className="tiles">
        <Tile
          label="Own abilities"
          value={String(repertoire.now.own)}
          detail={`${repertoire.now.lent} lent · ${repertoire.now.learning} learning`}
        />
        <Tile
          label="Mean gain"
          value={imagination.meanGain === null ? '–' : `${fixed(imagination.meanGain)}×`}
          detail={`${count(imagination.goals, 'goal', 'goals')} · ${count(imagination.ideas, 'idea', 'ideas')}`}
        />
        <Tile
          label="Retention"
          value={percent(practice.retention)}
          detail={`${count(practice.reviews, 'review', 'reviews')} · ${practice.cardsDue} due`}
        />
        <Tile
          label="Latest DAT"
          value={fixed(dat.latest)}
          detail={`best ${fixed(dat.best)} · ${dat.count} taken`}
        />
      </div>
      <Chart
        title="Repertoire over time"
        empty={repertoire.weeks.length === 0}
        spec={charts.repertoire}
        alt={charts.alt.repertoire}
      >
        <Link to="/repertoire">Add what you can do</Link> to start the record.
      </Chart>
      <Chart
        title="Gain, reach and novelty per goal"
        empty={imagination.perGoal.length === 0}
        spec={charts.goals}
        alt={charts.alt.goals}
      >
        <Link to="/">Imagine ideas for a goal</Link> to see these.
      </Chart>
      <Chart
        title="Practice retention by week"
        empty={practice.reviews === 0}
        spec={charts.retention}
        alt={charts.alt.retention}
      >
        <Link to="/practice">Practise</Link> to see how much you keep.
      </Chart>
      <OwnIdeasPanel ledger={stats.data} />
      <Chart title="DAT scores" empty={dat.count === 0} spec={charts.dat} alt={charts.alt.dat}>
        <Link to="/dat">Take the DAT</Link>: ten words, two minutes.
      </Chart>
      <StatsTables ledger={stats.data} />
    </section>
  );
}

function Tile(props: { label: string; value: string; detail: string }) {
  return (
    <div className="tile">
      <span className="tile-label">{props.label}</span>
      <strong className="tile-value">{props.value}</strong>
      <span className="muted small">{props.detail}</span>
    </div>
  );
}

function Chart(props: {
  title: string;
  empty: boolean;
  spec: object;
  alt: string;
  children: React.ReactNode;
}) {
  return (
    <section className="panel chart-panel" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.empty ? (
        <Empty title="Nothing recorded yet.">{props.children}</Empty>
      ) : (
        <VegaChart spec={props.spec} alt={`${props.title}. ${props.alt}`} />
      )}
    </section>
  );
}
