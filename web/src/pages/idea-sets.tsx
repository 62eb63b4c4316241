import { IdeaCard } from '../components/idea-card.js';
import type { IdeaJson } from '../types.js';

interface Props {
  goal: string;
  gain: number | null;
  spread: { solo: number | null; reach: number | null };
  notes: string[];
  solo: IdeaJson[];
  reach: IdeaJson[];
}

/** The two sets side by side (stacked on a phone), the gain first because it is the point. */
export function IdeaSets(props: Props) {
  return (
    <div className="results">
      <div className="gain panel" data-testid="gain">
        <div>
          <span className="gain-label">Imagination gain</span>
          <strong className="gain-value">{props.gain === null ? 'n/a' : `${props.gain.toFixed(2)}×`}</strong>
        </div>
        <p className="muted small">
          How much more widely the reach ideas spread than the solo ones
          {props.gain === null ? ' (too few ideas to compare).' : '.'} Goal: {props.goal}
        </p>
      </div>
      {props.notes.length > 0 && (
        <ul className="notes">
          {props.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="sets">
        <IdeaColumn title="Solo" subtitle="with your own abilities" ideas={props.solo} set="solo" />
        <IdeaColumn title="Reach" subtitle="with abilities the model lends" ideas={props.reach} set="reach" />
      </div>
      <p className="legend small">
        <span className="need need-own">yours</span> <span className="need need-lent">lent</span>{' '}
        <span className="need need-new">new</span> — where each needed ability stands in your repertoire.
      </p>
    </div>
  );
}

function IdeaColumn(props: { title: string; subtitle: string; ideas: IdeaJson[]; set: string }) {
  return (
    <section className={`set set-${props.set}`} aria-label={`${props.title} ideas`}>
      <h2>
        {props.title} <span className="muted">{props.subtitle}</span>
      </h2>
      {props.ideas.length === 0 ? (
        <p className="muted">No {props.title.toLowerCase()} ideas this time.</p>
      ) : (
        props.ideas.map((idea) => <IdeaCard key={idea.id} idea={idea} />)
      )}
    </section>
  );
}
