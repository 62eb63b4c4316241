import { Link } from '../router.js';
import type { IdeaJson } from '../types.js';
import { Meter, Needs } from './needs.js';

/** One idea: its title and pitch, needs, reach and novelty, and the way on to making it. */
export function IdeaCard({ idea, draft = false }: { idea: IdeaJson; draft?: boolean }) {
  return (
    <article className={`card idea ${draft ? 'draft' : ''}`} data-testid="idea">
      <h3>{idea.title}</h3>
      <p>{idea.pitch}</p>
      <p className="muted small">Lens: {idea.lens}</p>
      <Needs needs={idea.needs} />
      <div className="metrics">
        <Meter value={idea.reach} label="Reach" />
        <span className="novelty" title="Distance from your earlier ideas (0 to 1)">
          Novelty <strong>{idea.novelty.toFixed(2)}</strong>
        </span>
      </div>
      {!draft && (
        <Link to={`/make/${idea.id}`} className="button">
          Make this
        </Link>
      )}
    </article>
  );
}
