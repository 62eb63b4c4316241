import { ErrorNote, Loading } from '../components/states.js';
import { Link, useLocation } from '../router.js';
import type { GoalJson } from '../types.js';
import { useApi } from '../use-api.js';

const goalsPerPage = 20;

/** A goal as a line of a list: its text (the link to its page), domain, when, and its gain. */
export function GoalLine({ goal }: { goal: GoalJson }) {
  return (
    <li>
      <Link to={`/goals/${goal.id}`}>{goal.text}</Link>
      <span className="muted small">
        {' '}
        · {goal.domain} · {new Date(goal.createdAt).toLocaleDateString()} · gain{' '}
        {goal.gain === null ? 'n/a' : `${goal.gain.toFixed(2)}×`}
      </span>
    </li>
  );
}

/** Every goal imagined, newest first, a page of them at a time; each page has its own address. */
export function GoalsPage() {
  const { query } = useLocation();
  const page = Math.max(1, Math.floor(Number(query.get('page') ?? 1)) || 1);
  // One more than a page, to know whether there is a next one.
  const goals = useApi<GoalJson[]>(`/goals?limit=${goalsPerPage + 1}&offset=${(page - 1) * goalsPerPage}`);
  const shown = goals.data?.slice(0, goalsPerPage) ?? [];
  const more = (goals.data?.length ?? 0) > goalsPerPage;
  return (
    <section>
      <h1>All goals</h1>
      <p className="lede">Every goal you imagined, newest first. Open one to see its ideas again.</p>
      {goals.error && <ErrorNote error={goals.error} onRetry={goals.reload} />}
      {!goals.data && !goals.error && <Loading />}
      {goals.data && shown.length === 0 && (
        <p className="muted">
          {page === 1 ? 'No goals yet.' : 'No goals on this page.'} <Link to="/">Imagine one</Link>.
        </p>
      )}
      {shown.length > 0 && (
        <ol className="list goals" start={(page - 1) * goalsPerPage + 1} data-testid="goals">
          {shown.map((goal) => (
            <GoalLine key={goal.id} goal={goal} />
          ))}
        </ol>
      )}
      {(page > 1 || more) && (
        <nav className="pager" aria-label="Pages of goals">
          {page > 1 && <Link to={page === 2 ? '/goals' : `/goals?page=${page - 1}`}>← Newer</Link>}
          <span className="muted small">Page {page}</span>
          {more && <Link to={`/goals?page=${page + 1}`}>Older →</Link>}
        </nav>
      )}
    </section>
  );
}
