import { type FormEvent, useEffect, useRef, useState } from 'react';
import { stream } from '../api.js';
import { ErrorNote, Progress } from '../components/states.js';
import { Link, navigate, useLocation } from '../router.js';
import type { CandidatesJson, GoalDetailJson, GoalJson, ImaginedJson, SettingsJson } from '../types.js';
import { useApi } from '../use-api.js';
import { type Arriving, ArrivingIdeas } from './arriving-ideas.js';
import { GoalLine } from './goals-page.js';
import { IdeaSets } from './idea-sets.js';
import { MineIdeas, mineLines } from './mine-ideas.js';

/** Imagine: a goal in; solo and reach ideas side by side, with the goal's imagination gain. */
export function ImaginePage() {
  const [goal, setGoal] = useState('');
  const [domain, setDomain] = useState('');
  const [mine, setMine] = useState('');
  const [count, setCount] = useState(4);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<string[]>([]);
  const [arriving, setArriving] = useState<Arriving>({ solo: [], reach: [] });
  const [result, setResult] = useState<ImaginedJson>();
  const [error, setError] = useState<Error>();
  const controller = useRef<AbortController | undefined>(undefined);
  // The newest twelve, and one more to know whether to point to the full list.
  const goals = useApi<GoalJson[]>('/goals?limit=13');
  const settings = useApi<SettingsJson>('/settings');
  // A result has its own address (/?goal=…), so Back from "Make this" comes back to it.
  const { query } = useLocation();
  const goalId = query.get('goal');
  const earlier = useApi<GoalDetailJson>(
    goalId && result?.goalId !== goalId ? `/goals/${goalId}` : undefined,
  );
  useEffect(() => () => controller.current?.abort(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!goal.trim() || running) return;
    controller.current = new AbortController();
    setRunning(true);
    setError(undefined);
    setResult(undefined);
    setProgress([]);
    setArriving({ solo: [], reach: [] });
    try {
      const imagined = await stream<ImaginedJson>(
        '/imagine',
        { goal, count, mine: mineLines(mine).slice(0, 12), ...(domain.trim() ? { domain } : {}) },
        {
          progress: (line) => setProgress((lines) => [...lines, line]),
          event: (name, data) => {
            if (name !== 'candidates') return;
            const { set, ideas } = data as CandidatesJson;
            setArriving((current) => ({ ...current, [set]: ideas }));
          },
        },
        controller.current.signal,
      );
      setResult(imagined);
      navigate(`/?goal=${encodeURIComponent(imagined.goalId)}`, { replace: true });
      goals.reload();
    } catch (caught) {
      if ((caught as Error).name !== 'AbortError') setError(caught as Error);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section>
      <h1>Imagine</h1>
      <p className="lede">
        Name a goal. chops imagines what you could do with your own abilities alone, beside what you could do
        with abilities a model lends you.
      </p>
      {settings.data && !settings.data.model.configured && (
        <div className="state empty" role="note">
          <strong>chops needs a model to imagine.</strong>
          Choose one on the <Link to="/settings">Settings</Link> page (a local model works offline), then come
          back here.
        </div>
      )}
      <form className="panel imagine-form" onSubmit={submit}>
        <label htmlFor="goal">Your goal</label>
        <textarea
          id="goal"
          rows={2}
          value={goal}
          maxLength={2000}
          placeholder="a ballad for my quartet · a cheaper assay for enzyme activity"
          onChange={(e) => setGoal(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(e);
          }}
        />
        <label htmlFor="mine">
          Your own ideas first{' '}
          <span className="muted">(optional, one per line: before you see the model’s)</span>
        </label>
        <textarea
          id="mine"
          rows={3}
          value={mine}
          maxLength={7200}
          onChange={(e) => setMine(e.target.value)}
        />
        <div className="row">
          <label>
            <span>
              Domain <span className="muted">(optional)</span>
            </span>
            <input
              value={domain}
              onChange={(e) => setDomain(e.target.value)}
              placeholder="your first domain"
            />
          </label>
          <label>
            Ideas per set
            <select value={count} onChange={(e) => setCount(Number(e.target.value))}>
              {[2, 3, 4, 5, 6, 8].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={running || !goal.trim()}>
            {running ? 'Imagining…' : 'Imagine'}
          </button>
          {running && (
            <button type="button" className="secondary" onClick={() => controller.current?.abort()}>
              Stop
            </button>
          )}
        </div>
      </form>
      {running && <Progress lines={progress} />}
      {running && <ArrivingIdeas arriving={arriving} />}
      {error && <ErrorNote error={error} />}
      {result && !running && <MineIdeas ideas={result.mine} spread={result.spread.mine} />}
      {result && !running && (
        <IdeaSets
          goal={result.goal}
          gain={result.gain}
          spread={result.spread}
          notes={result.notes}
          solo={result.solo}
          reach={result.reach}
        />
      )}
      {!result && !running && goalId && earlier.error && <ErrorNote error={earlier.error} />}
      {!result && !running && goalId && earlier.data && (
        <MineIdeas ideas={earlier.data.mine ?? []} spread={undefined} />
      )}
      {!result && !running && goalId && earlier.data && (
        <IdeaSets
          goal={earlier.data.goal.text}
          gain={earlier.data.goal.gain}
          spread={earlier.data.goal.spread}
          notes={earlier.data.goal.notes}
          solo={earlier.data.solo}
          reach={earlier.data.reach}
        />
      )}
      {!result && !running && !goalId && <EarlierGoals goals={goals.data} />}
    </section>
  );
}

function EarlierGoals({ goals }: { goals: GoalJson[] | undefined }) {
  if (!goals || goals.length === 0) return null;
  return (
    <section className="earlier">
      <h2>Earlier goals</h2>
      <ul className="list" data-testid="earlier-goals">
        {goals.slice(0, 12).map((g) => (
          <GoalLine key={g.id} goal={g} />
        ))}
      </ul>
      {goals.length > 12 && (
        <p>
          <Link to="/goals">All goals →</Link>
        </p>
      )}
    </section>
  );
}
