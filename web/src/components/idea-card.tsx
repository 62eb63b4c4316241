import { Link } from '../router.js';
import type { IdeaJson, MadeOfIdeaJson } from '../types.js';
import { Meter, Needs } from './needs.js';

/** An idea as a page shows it: with what was made of it, when the page knows. */
export type ShownIdea = IdeaJson & { made?: MadeOfIdeaJson[] };

/** One idea: its title and pitch, needs and how each is used, reach and novelty, and what was made. */
export function IdeaCard({ idea }: { idea: ShownIdea }) {
  const made = idea.made ?? [];
  return (
    <article className="card idea" data-testid="idea">
      <h3>{idea.title}</h3>
      <p>{idea.pitch}</p>
      <p className="muted small">Lens: {idea.lens}</p>
      <Needs needs={idea.needs} />
      <div className="metrics">
        <Meter value={idea.reach} label="Reach" />
        <span className="novelty">
          Novelty <strong>{idea.novelty.toFixed(2)}</strong>
          <span className="muted"> (distance from your earlier ideas, 0 to 1)</span>
        </span>
      </div>
      {made.length > 0 && (
        <p className="made small" data-testid="made">
          Made:{' '}
          {made.map((artifact, i) => (
            <span key={artifact.id}>
              {i > 0 && ', '}
              <Link to={`/artifacts/${artifact.id}`}>
                {artifact.format} {artifact.passed ? '(passes its check)' : '(fails its check)'}
              </Link>
            </span>
          ))}
        </p>
      )}
      <Link to={`/make/${idea.id}`} className="button">
        {made.length > 0 ? 'Make it again' : 'Make this'}
      </Link>
    </article>
  );
}
