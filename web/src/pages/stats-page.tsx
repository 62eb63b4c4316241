import { Fragment, type ReactNode, useMemo } from 'react';
import { type LedgerChartId, ledgerCharts, standaloneSpec } from '../../../src/faces/views/ledger-charts.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { VegaChart } from '../components/vega-chart.js';
import { Link } from '../router.js';
import type { DatPageJson, Ledger } from '../types.js';
import { useApi } from '../use-api.js';
import { OwnIdeasPanel } from './own-ideas-panel.js';
import { StatsTables } from './stats-tables.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/** What each chart's empty state invites the person to do (every chart has one: the type says so). */
const invitations: Record<LedgerChartId, ReactNode> = {
  repertoire: (
    <>
      <Link to="/repertoire">Add what you can do</Link> to start the record.
    </>
  ),
  goals: (
    <>
      <Link to="/">Imagine ideas for a goal</Link> to see these.
    </>
  ),
  practice: (
    <>
      <Link to="/practice">Practise</Link> to see how much you keep.
    </>
  ),
  ownIdeas: (
    <>
      Write your own ideas first when you <Link to="/">imagine</Link>.
    </>
  ),
  absorbed: <>An ability lent in something chops made, practised until it is yours, shows here.</>,
  dat: (
    <>
      <Link to="/dat">Take the DAT</Link>: ten words, two minutes.
    </>
  ),
};

/** Stats: the ledger's numbers and charts, computed from what chops recorded, never asserted. */
export function StatsPage() {
  const stats = useApi<Ledger>('/stats');
  const datPage = useApi<DatPageJson>('/dat');
  const typical = datPage.data?.norm.typical;
  // The panel's inner width: the page is at most 1080 px wide, less its padding and the panel's.
  const width = Math.min(1000, window.innerWidth - 76);
  // The same charts as `chops stats --svg`, from the same specs.
  const charts = useMemo(() => {
    const ledger = stats.data;
    if (!ledger) return undefined;
    const context = { width, typicalDat: typical };
    return ledgerCharts.map((chart) => ({
      chart,
      empty: chart.isEmpty(ledger),
      spec: standaloneSpec(chart, ledger, context),
      alt: chart.describe(ledger, context),
    }));
  }, [stats.data, width, typical]);
  if (stats.error) return <ErrorNote error={stats.error} onRetry={stats.reload} />;
  if (!stats.data || !charts) return <Loading />;
  const ledger = stats.data;
  const { repertoire, imagination, practice, dat } = ledger;
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
      {charts.map(({ chart, empty, spec, alt }) => (
        <Fragment key={chart.id}>
          <Chart title={chart.title} empty={empty} spec={spec} alt={alt}>
            {invitations[chart.id]}
          </Chart>
          {chart.id === 'absorbed' && <OwnIdeasPanel ledger={ledger} />}
        </Fragment>
      ))}
      <StatsTables ledger={ledger} />
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
