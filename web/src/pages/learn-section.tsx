import { useState } from 'react';
import { stream } from '../api.js';
import { ErrorNote, Progress } from '../components/states.js';
import { Link } from '../router.js';
import type { LearnedJson, TrickJson } from '../types.js';

const nothing = {
  'already learned': 'You have already learned from this artifact.',
  'all own': 'Nothing to learn: this artifact used only abilities you own.',
} as const;

/** Learn: the tricks the artifact used that you lack, each with practice cards. */
export function LearnSection(props: { artifactId: string; tricks: TrickJson[]; onLearned: () => void }) {
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
        { artifactId: props.artifactId },
        { progress: (line) => setProgress((lines) => [...lines, line]) },
      );
      if (result.nothingToLearn) setNote(nothing[result.nothingToLearn]);
      else if (result.nowLearning.length) setNote(`Now learning: ${result.nowLearning.join(', ')}.`);
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
