import { useEffect, useState } from 'react';
import { ArtifactView } from '../components/artifact-view.js';
import { ErrorNote, Loading } from '../components/states.js';
import { Link } from '../router.js';
import type { ArtifactDetail } from '../types.js';
import { useApi } from '../use-api.js';
import { LearnSection } from './learn-section.js';

/** One artifact: its last attempt (or another), its check, what it used, and what to learn from it. */
export function ArtifactPage({ id }: { id: string }) {
  const artifact = useApi<ArtifactDetail>(`/artifacts/${encodeURIComponent(id)}`);
  const [shown, setShown] = useState<number>();
  const data = artifact.data;
  useEffect(() => setShown(data?.attempts.at(-1)?.number), [data]);
  if (artifact.error) return <ErrorNote error={artifact.error} onRetry={artifact.reload} />;
  if (!data) return <Loading />;
  const attempt = data.attempts.find((a) => a.number === shown) ?? data.attempts.at(-1);
  return (
    <section>
      <p className="crumbs">
        <Link to="/artifacts">Made</Link> ›
      </p>
      <h1>{data.title}</h1>
      <p>
        <span className="badge">{data.format}</span>{' '}
        <span className={data.passed ? 'ok' : 'bad'}>
          {data.passed ? 'passes its check' : `fails its check after ${data.attempts.length} attempts`}
        </span>
        <span className="muted small"> · made with {data.model}</span>
      </p>
      {data.abilities.length > 0 && (
        <p className="small">
          Used:{' '}
          {data.abilities.map((a) => (
            <span key={a.name} className={`need need-${a.status}`} title={a.how}>
              {a.name}
            </span>
          ))}
        </p>
      )}
      {data.attempts.length > 1 && (
        <div className="tabs" role="tablist" aria-label="Attempts">
          {data.attempts.map((a) => (
            <button
              key={a.number}
              type="button"
              role="tab"
              aria-selected={a.number === attempt?.number}
              className={a.passed ? 'passed' : 'failed'}
              onClick={() => setShown(a.number)}
            >
              Attempt {a.number} {a.passed ? '✓' : '✗'}
            </button>
          ))}
        </div>
      )}
      {attempt && attempt.problems.length > 0 && (
        <ul className="problems" aria-label="Check problems">
          {attempt.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {attempt && (
        <div className="panel artifact">
          <ArtifactView format={data.format} attempt={attempt} title={data.title} />
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
