import { useRef, useState } from 'react';
import { IdeaCard, type ShownIdea } from '../components/idea-card.js';

interface Props {
  goal: string;
  gain: number | null;
  spread: { solo: number | null; reach: number | null };
  notes: string[];
  solo: ShownIdea[];
  reach: ShownIdea[];
}

type Set = 'solo' | 'reach';

/** A set in one line, so the two can be compared even when only one is shown. */
function summary(ideas: readonly ShownIdea[], spread: number | null): string {
  if (ideas.length === 0) return 'no ideas';
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const reach = Math.round(mean(ideas.map((i) => i.reach)) * 100);
  return `${ideas.length} ${ideas.length === 1 ? 'idea' : 'ideas'} · reach ${reach}% · spread ${spread === null ? 'n/a' : spread.toFixed(2)}`;
}

/**
 * The two sets side by side, the gain first because it is the point. On a phone one set is shown at a
 * time under a switch that keeps each set's summary in view; switching keeps the place (the idea at
 * the same position of the other set comes to where the reader was).
 */
export function IdeaSets(props: Props) {
  const [shown, setShown] = useState<Set>('reach');
  const sets = useRef<HTMLDivElement>(null);
  const show = (set: Set) => {
    if (set === shown) return;
    const cards = [...(sets.current?.querySelectorAll<HTMLElement>(`.set-${shown} .idea`) ?? [])];
    const index = Math.max(
      0,
      cards.findIndex((card) => card.getBoundingClientRect().bottom > 90),
    );
    const offset = cards[index]?.getBoundingClientRect().top;
    setShown(set);
    requestAnimationFrame(() => {
      const target = sets.current?.querySelectorAll<HTMLElement>(`.set-${set} .idea`)[index];
      if (target && offset !== undefined) window.scrollBy(0, target.getBoundingClientRect().top - offset);
    });
  };
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
      <fieldset className="set-switch" aria-label="Which set to show">
        {(['solo', 'reach'] as const).map((set) => (
          <button
            key={set}
            type="button"
            className={`switch-${set}`}
            aria-pressed={shown === set}
            aria-controls={`set-${set}`}
            onClick={() => show(set)}
          >
            <strong>{set === 'solo' ? 'Solo' : 'Reach'}</strong>
            <span className="small">{summary(props[set], props.spread[set])}</span>
          </button>
        ))}
      </fieldset>
      <div className="sets" ref={sets}>
        <IdeaColumn
          title="Solo"
          subtitle="with your own abilities"
          ideas={props.solo}
          set="solo"
          hiddenOnPhone={shown !== 'solo'}
        />
        <IdeaColumn
          title="Reach"
          subtitle="with abilities the model lends"
          ideas={props.reach}
          set="reach"
          hiddenOnPhone={shown !== 'reach'}
        />
      </div>
      <p className="legend small">
        <span className="need need-own">yours</span> <span className="need need-lent">lent</span>{' '}
        <span className="need need-new">new</span> — where each needed ability stands in your repertoire.
      </p>
    </div>
  );
}

function IdeaColumn(props: {
  title: string;
  subtitle: string;
  ideas: ShownIdea[];
  set: Set;
  hiddenOnPhone: boolean;
}) {
  return (
    <section
      id={`set-${props.set}`}
      className={`set set-${props.set} ${props.hiddenOnPhone ? 'phone-hidden' : ''}`}
      aria-label={`${props.title} ideas`}
    >
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
