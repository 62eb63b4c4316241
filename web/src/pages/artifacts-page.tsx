import { Empty, ErrorNote, Loading } from '../components/states.js';
import { Link } from '../router.js';
import type { ArtifactJson } from '../types.js';
import { useApi } from '../use-api.js';

/** Everything made, newest first. */
export function ArtifactsPage() {
  const artifacts = useApi<ArtifactJson[]>('/artifacts');
  return (
    <section>
      <h1>Made</h1>
      <p className="lede">Artifacts made from your ideas: music, charts, code and documents, each checked.</p>
      {artifacts.error && <ErrorNote error={artifacts.error} onRetry={artifacts.reload} />}
      {!artifacts.data && !artifacts.error && <Loading />}
      {artifacts.data?.length === 0 && (
        <Empty title="Nothing made yet.">
          <Link to="/">Imagine ideas for a goal</Link>, then choose <em>Make this</em> on one of them.
        </Empty>
      )}
      {artifacts.data && artifacts.data.length > 0 && (
        <ul className="list artifacts">
          {artifacts.data.map((a) => (
            <li key={a.id}>
              <Link to={`/artifacts/${a.id}`}>{a.title}</Link> <span className="badge">{a.format}</span>{' '}
              <span className={a.passed ? 'ok' : 'bad'}>{a.passed ? 'passes' : 'fails'}</span>
              <span className="muted small"> · {new Date(a.createdAt).toLocaleDateString()}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
