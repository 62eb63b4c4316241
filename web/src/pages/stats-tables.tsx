import { Link } from '../router.js';
import type { Ledger } from '../types.js';

const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const day = (iso: string) => new Date(iso).toLocaleDateString();

/** Abilities with their domain and the day they became the person's. */
function AbilityDays({ abilities }: { abilities: Ledger['repertoire']['recentlyOwn'] }) {
  return (
    <ul className="list">
      {abilities.map((a) => (
        <li key={a.id}>
          {a.name}{' '}
          <span className="muted small">
            · {a.domain} · {day(a.at)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The tables `chops stats` prints: recently own, mastered through practice, and each goal's figures. */
export function StatsTables({ ledger }: { ledger: Ledger }) {
  const { repertoire, practice, imagination } = ledger;
  return (
    <>
      <div className="two-columns">
        <section className="panel" aria-labelledby="recently-own">
          <h2 id="recently-own">Recently your own</h2>
          {repertoire.recentlyOwn.length === 0 ? (
            <p className="muted">Nothing yet.</p>
          ) : (
            <AbilityDays abilities={repertoire.recentlyOwn} />
          )}
        </section>
        <section className="panel" aria-labelledby="mastered">
          <h2 id="mastered">Mastered through practice ({practice.abilitiesMastered})</h2>
          {practice.mastered.length === 0 ? (
            <p className="muted">None yet: practise a learning ability until it is yours.</p>
          ) : (
            <AbilityDays abilities={practice.mastered} />
          )}
        </section>
      </div>
      {imagination.perGoal.length > 0 && (
        <section className="panel" aria-labelledby="per-goal">
          <h2 id="per-goal">Each goal</h2>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Goal</th>
                  <th scope="col">Ideas</th>
                  <th scope="col">Gain</th>
                  <th scope="col">Reach</th>
                  <th scope="col">Novelty</th>
                </tr>
              </thead>
              <tbody>
                {imagination.perGoal.slice(0, 20).map((g) => (
                  <tr key={g.id}>
                    <td>
                      <Link to={`/goals/${g.id}`}>{g.text}</Link>
                      <span className="muted small"> · {day(g.createdAt)}</span>
                    </td>
                    <td>{g.ideas}</td>
                    <td>{g.gain === null ? '–' : `${fixed(g.gain)}×`}</td>
                    <td>{fixed(g.meanReach)}</td>
                    <td>{fixed(g.meanNovelty)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
