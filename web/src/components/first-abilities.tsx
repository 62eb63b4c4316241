import { type FormEvent, useState } from 'react';
import { api } from '../api.js';
import type { ProposalsJson } from '../types.js';

type Group = ProposalsJson['groups'][number];

/**
 * A first repertoire by recognition: the abilities typical for what the person does, proposed by the
 * model and grouped, to tick. Shown while the repertoire is empty; typing abilities stays possible.
 */
export function FirstAbilities({ onAdded }: { onAdded: () => void }) {
  const [about, setAbout] = useState('');
  const [domain, setDomain] = useState('');
  const [groups, setGroups] = useState<Group[] | undefined>();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function propose(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const domains = domain
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean);
      const result = await api<ProposalsJson>('/proposals', {
        method: 'POST',
        body: { about, domains },
      });
      setGroups(result.groups);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function add() {
    setBusy(true);
    try {
      const first = domain.split(',')[0]?.trim() || undefined;
      await api('/abilities', {
        method: 'POST',
        body: { names: [...ticked], ...(first ? { domain: first } : {}) },
      });
      setGroups(undefined);
      onAdded();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (name: string) =>
    setTicked((now) => {
      const next = new Set(now);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  return (
    <section className="first-abilities" aria-label="Start your repertoire">
      <h2>Start by recognising what you can do</h2>
      <form onSubmit={propose}>
        <label>
          In a line, what do you do?
          <input
            value={about}
            onChange={(e) => setAbout(e.target.value)}
            placeholder="wet-lab protein biochemist"
          />
        </label>
        <label>
          Your fields of work, comma-separated
          <input
            value={domain}
            onChange={(e) => setDomain(e.target.value)}
            placeholder="protein biochemistry"
          />
        </label>
        <button type="submit" disabled={busy || (!about.trim() && !domain.trim())}>
          Propose abilities
        </button>
      </form>
      {groups ? (
        <div>
          {groups.map((group) => (
            <fieldset key={group.name}>
              <legend>{group.name}</legend>
              {group.abilities.map((name) => (
                <label key={name} className="tick">
                  <input type="checkbox" checked={ticked.has(name)} onChange={() => toggle(name)} /> {name}
                </label>
              ))}
            </fieldset>
          ))}
          <button type="button" disabled={busy || ticked.size === 0} onClick={add}>
            Add the {ticked.size} ticked
          </button>
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
