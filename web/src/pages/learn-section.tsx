import { useState } from 'react';
import { stream } from '../api.js';
import { ErrorNote, Progress } from '../components/states.js';
import { Link } from '../router.js';
import type { LearnedJson, TrickJson } from '../types.js';

const nothing = {
  'already learned': 'You have already learned from this artifact.',
  'all own': 'Nothing to learn: this artifact used only abilities you own.',
  'none chosen': 'Nothing chosen to learn; no cards were made.',
} as const;

/** Learn: the tricks the artifact used that you lack, each with practice cards. */
export function LearnSection(props: {
  artifactId: string;
  tricks: TrickJson[];
  /** The abilities the artifact used; those not own are offered, ticked, for the person to choose. */
  abilities: readonly { name: string; status: string; how: string }[];
  onLearned: () => void;
}) {
  const offered = props.abilities.filter((a) => a.status !== 'own');
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<string[]>([]);
  const [error, setError] = useState<Error>();
  const [note, setNote] = useState<string>();

  const learn = async () => {
    setRunning(true);
    setError(undefined);
    setProgress([]);
    try {
      const result = await stream<LearnedJson>(
        '/learn',
        unticked.size === 0
          ? { artifactId: props.artifactId }
          : {
              artifactId: props.artifactId,
              only: offered.filter((a) => !unticked.has(a.name)).map((a) => a.name),
              skip: [...unticked],
            },
        { progress: (line) => setProgress((lines) => [...lines, line]) },
      );
      const notes = [
        result.nothingToLearn ? nothing[result.nothingToLearn] : '',
        result.nowLearning.length ? `Now learning: ${result.nowLearning.join(', ')}.` : '',
        result.declined.length ? `Not learning (not offered again): ${result.declined.join(', ')}.` : '',
        ...result.dropped.map((d) => `Dropped “${d.name}”: ${d.reason}.`),
      ].filter(Boolean);
      setNote(notes.join(' ') || undefined);
      props.onLearned();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className="learn" aria-label="Learn">
      <h2>Learn from it</h2>
      {props.tricks.length === 0 ? (
        <>
          <p className="muted">
            chops finds the tricks the model used that you lack and turns each into practice cards.
          </p>
          {offered.length > 1 && (
            <fieldset className="choices" aria-label="Abilities to learn">
              <legend className="small">Learn which abilities?</legend>
              {offered.map((a) => (
                <label key={a.name} className="small">
                  <input
                    type="checkbox"
                    checked={!unticked.has(a.name)}
                    onChange={(event) =>
                      setUnticked((set) => {
                        const next = new Set(set);
                        if (event.target.checked) next.delete(a.name);
                        else next.add(a.name);
                        return next;
                      })
                    }
                  />{' '}
                  {a.name} <span className="muted">— {a.how}</span>
                </label>
              ))}
            </fieldset>
          )}
          <button type="button" onClick={learn} disabled={running}>
            {running ? 'Finding tricks…' : 'Find the tricks'}
          </button>
        </>
      ) : (
        <p className="muted">
          {props.tricks.reduce((sum, t) => sum + t.cards.length, 0)} cards in all.{' '}
          <Link to="/practice">Practise them</Link>.
        </p>
      )}
      {running && <Progress lines={progress} />}
      {error && <ErrorNote error={error} />}
      {note && <p className="note">{note}</p>}
      {props.tricks.map((trick) => (
        <article key={trick.id} className="card trick" data-testid="trick">
          <h3>{trick.name}</h3>
          <p className="muted small">{trick.ability}</p>
          <p>{trick.explanation}</p>
          <pre>
            <code>{trick.example}</code>
          </pre>
          <details>
            <summary>{trick.cards.length} practice cards</summary>
            <ul>
              {trick.cards.map((card) => (
                <li key={card.id}>
                  <span className="badge">{card.kind}</span> {card.prompt}
                </li>
              ))}
            </ul>
          </details>
        </article>
      ))}
    </section>
  );
}
