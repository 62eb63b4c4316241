import type { ImaginedJson } from '../types.js';

type MineIdea = ImaginedJson['mine'][number];

/** The person's own ideas, given before the model's, with the same measures. */
export function MineIdeas({ ideas, spread }: { ideas: MineIdea[]; spread: number | null | undefined }) {
  if (ideas.length === 0) return null;
  return (
    <section className="panel" aria-label="Your own ideas">
      <h2>Mine: your own ideas</h2>
      <p className="muted small">
        Spread {spread === null || spread === undefined ? 'n/a' : spread.toFixed(2)}
      </p>
      <ul className="list">
        {ideas.map((idea) => (
          <li key={idea.id} data-testid="mine-idea">
            <strong>{idea.text}</strong>
            <div className="muted small">
              reach {idea.reach === null ? 'n/a' : `${Math.round(idea.reach * 100)}%`} · novelty{' '}
              {idea.novelty === null ? 'n/a' : idea.novelty.toFixed(2)} · originality{' '}
              {idea.originality === null ? 'n/a' : `${idea.originality.toFixed(2)} of 5`}
            </div>
            {idea.needs.length > 0 && (
              <div className="small">
                needs:{' '}
                {idea.needs
                  .map((need) => `${need.name}${need.status === 'own' ? '' : ` (${need.status})`}`)
                  .join(', ')}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The person's ideas as typed: one per line, blanks dropped. */
export function mineLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
