import type { Ledger } from '../types.js';

const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/**
 * The lasting effect: the person's own ideas over time (how many, how varied, how original, how many
 * use an absorbed ability, how alike to the model's), each absorbed ability, and the AUT.
 */
export function OwnIdeasPanel({ ledger }: { ledger: Ledger }) {
  const { ownIdeas, aut } = ledger;
  const weeks = ownIdeas.weeks.filter((week) => week.ideas > 0);
  return (
    <section className="panel" aria-label="Your own ideas">
      <h2>Your own ideas</h2>
      {ownIdeas.ideas === 0 ? (
        <p className="muted">None yet: write your own ideas first when you imagine.</p>
      ) : (
        <>
          <p data-testid="own-ideas-summary">
            {ownIdeas.ideas} ideas · spread {fixed(ownIdeas.spread)} · originality{' '}
            {fixed(ownIdeas.meanOriginality)} of 5 · {percent(ownIdeas.absorbedShare)} use an absorbed ability
            · similarity to the model’s ideas {fixed(ownIdeas.similarityToModel)}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th>Week</th>
                <th>Ideas</th>
                <th>Spread</th>
                <th>Originality</th>
                <th>Absorbed</th>
                <th>Like the model’s</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.week}>
                  <td>{week.week}</td>
                  <td>{week.ideas}</td>
                  <td>{fixed(week.spread)}</td>
                  <td>{fixed(week.meanOriginality)}</td>
                  <td>{percent(week.absorbedShare)}</td>
                  <td>{fixed(week.similarityToModel)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {ownIdeas.absorbed.length > 0 && (
        <>
          <h3>Absorbed abilities</h3>
          <ul className="list small">
            {ownIdeas.absorbed.map((ability) => (
              <li key={ability.id}>
                <strong>{ability.name}</strong>: lent {ability.lentAt.slice(0, 10)}, own{' '}
                {ability.ownAt.slice(0, 10)},{' '}
                {ability.firstOwnIdea
                  ? `first own idea ${ability.firstOwnIdea.at.slice(0, 10)}: ${ability.firstOwnIdea.text}`
                  : 'not yet in an idea of your own'}
              </li>
            ))}
          </ul>
        </>
      )}
      {aut.count > 0 && (
        <p className="small">
          Alternative Uses Task: {aut.count} answers, latest originality{' '}
          {aut.scores.at(-1)!.originality.toFixed(2)} of 5.
        </p>
      )}
    </section>
  );
}
