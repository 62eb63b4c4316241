import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { ArtifactView } from '../components/artifact-view.js';
import { Needs } from '../components/needs.js';
import { ErrorNote, Loading } from '../components/states.js';
import { Link, useLocation } from '../router.js';
import type { ArtifactDetail, FormatJson } from '../types.js';
import { useApi } from '../use-api.js';
import { LearnSection } from './learn-section.js';

/** One artifact: its last attempt (or another), its check, what it used, and what to learn from it. */
export function ArtifactPage({ id }: { id: string }) {
  const artifact = useApi<ArtifactDetail>(`/artifacts/${encodeURIComponent(id)}`);
  // How each format's artifacts are shown, from the server's format registry.
  const formats = useApi<FormatJson[]>('/formats');
  // Opened from a practice card: the trick and the lines where it appears.
  const { query } = useLocation();
  const focus = query.get('trick');
  const lines = query.get('lines');
  const [shown, setShown] = useState<number>();
  const tabs = useRef<HTMLDivElement>(null);
  const data = artifact.data;
  useEffect(() => setShown(data?.attempts.at(-1)?.number), [data]);
  if (artifact.error) return <ErrorNote error={artifact.error} onRetry={artifact.reload} />;
  if (formats.error) return <ErrorNote error={formats.error} onRetry={formats.reload} />;
  if (!data || !formats.data) return <Loading />;
  // A format this server does not list (none should be) is shown as its source.
  const display = formats.data.find((format) => format.name === data.format)?.display ?? 'code';
  const attempt = data.attempts.find((a) => a.number === shown) ?? data.attempts.at(-1);
  const tabbed = data.attempts.length > 1;
  // Arrow keys, Home and End move between the attempts (and show the one they reach), as tabs do.
  const onTabKey = (event: KeyboardEvent) => {
    const numbers = data.attempts.map((a) => a.number);
    const at = numbers.indexOf(attempt?.number ?? numbers.at(-1)!);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % numbers.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + numbers.length) % numbers.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? numbers.length - 1
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    setShown(numbers[to]);
    tabs.current?.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <section>
      <p className="crumbs">
        <Link to="/artifacts">Made</Link> ›
      </p>
      <h1>{data.title}</h1>
      <p>
        <span className="badge">{data.format}</span>{' '}
        <span className={data.passed ? 'ok' : 'bad'}>
          {data.passed
            ? 'passes its check'
            : `fails its check after ${data.attempts.length} ${data.attempts.length === 1 ? 'attempt' : 'attempts'}`}
        </span>
        <span className="muted small"> · made with {data.model}</span>
      </p>
      {data.abilities.length > 0 && (
        <>
          <h2 className="small-heading">What it used</h2>
          <Needs needs={data.abilities} />
        </>
      )}
      {tabbed && (
        // biome-ignore lint/a11y/useSemanticElements: a tab list has no element of its own
        <div className="tabs" role="tablist" aria-label="Attempts" ref={tabs} onKeyDown={onTabKey}>
          {data.attempts.map((a) => {
            const selected = a.number === attempt?.number;
            return (
              <button
                key={a.number}
                id={`attempt-tab-${a.number}`}
                type="button"
                role="tab"
                aria-selected={selected}
                aria-controls="attempt-panel"
                tabIndex={selected ? 0 : -1}
                className={a.passed ? 'passed' : 'failed'}
                onClick={() => setShown(a.number)}
              >
                Attempt {a.number} {a.passed ? '✓' : '✗'}
              </button>
            );
          })}
        </div>
      )}
      {focus && (
        <p className="note" data-testid="trick-focus">
          The trick “{focus}” appears {lines ? `at lines ${lines.replace('-', '–')}` : 'in this artifact'}.
        </p>
      )}
      {attempt && (
        <div
          {...(tabbed
            ? {
                id: 'attempt-panel',
                role: 'tabpanel',
                'aria-labelledby': `attempt-tab-${attempt.number}`,
                tabIndex: 0,
              }
            : {})}
        >
          {attempt.problems.length > 0 && (
            <ul className="problems" aria-label="Check problems">
              {attempt.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="panel artifact">
            <ArtifactView display={display} attempt={attempt} title={data.title} />
          </div>
        </div>
      )}
      <LearnSection
        artifactId={data.id}
        tricks={data.tricks}
        abilities={data.abilities}
        onLearned={artifact.reload}
      />
    </section>
  );
}
