import type { CandidatesJson } from '../types.js';

/** A candidate idea as the server streams it: text only, not yet checked or selected. */
export type ArrivingIdea = CandidatesJson['ideas'][number];

export type Arriving = { solo: ArrivingIdea[]; reach: ArrivingIdea[] };

/**
 * Solo and reach candidates side by side as the model writes them, shown as drafts: chops keeps only
 * the most varied of them once both sets are in, and maps their needs onto your repertoire.
 */
export function ArrivingIdeas({ arriving }: { arriving: Arriving }) {
  if (arriving.solo.length === 0 && arriving.reach.length === 0) return null;
  return (
    <section className="sets" aria-label="Ideas arriving" aria-live="polite">
      {(['solo', 'reach'] as const).map((set) => (
        <section key={set} className={`set set-${set}`}>
          <h2>
            {set === 'solo' ? 'Solo' : 'Reach'} <span className="muted">arriving…</span>
          </h2>
          {arriving[set].map((idea, index) => (
            // Candidates have no id yet; their order is stable while they arrive.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <article key={index} className="idea panel draft">
              <h3>{idea.title}</h3>
              {idea.lens && <p className="muted small">{idea.lens}</p>}
              {idea.pitch && <p>{idea.pitch}</p>}
            </article>
          ))}
        </section>
      ))}
    </section>
  );
}
