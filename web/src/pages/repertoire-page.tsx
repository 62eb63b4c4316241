import { type FormEvent, useMemo, useState } from 'react';
import { api } from '../api.js';
import { FirstAbilities } from '../components/first-abilities.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { type AbilityJson, abilityKinds, abilityStatuses, type OutcomeJson } from '../types.js';
import { useApi } from '../use-api.js';
import { AbilityRow } from './ability-row.js';

/** The repertoire: add abilities (merging duplicates), filter, rename, change status, remove. */
export function RepertoirePage() {
  const abilities = useApi<AbilityJson[]>('/abilities');
  const [domain, setDomain] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const domains = useMemo(
    () => [...new Set((abilities.data ?? []).map((a) => a.domain))].sort(),
    [abilities.data],
  );
  const needle = search.trim().toLocaleLowerCase();
  const shown = (abilities.data ?? []).filter(
    (a) =>
      (!domain || a.domain === domain) &&
      (!status || a.status === status) &&
      (!needle || a.name.toLocaleLowerCase().includes(needle)),
  );
  const counts = abilityStatuses.map(
    (s) => `${(abilities.data ?? []).filter((a) => a.status === s).length} ${s}`,
  );

  return (
    <section>
      <h1>Repertoire</h1>
      <p className="lede">
        The abilities you have (<span className="need need-own">yours</span>), the ones a model lent you (
        <span className="need need-lent">lent</span>) and the ones you are practising (
        <span className="need need-learning">learning</span>).
      </p>
      {abilities.data?.length === 0 ? <FirstAbilities onAdded={abilities.reload} /> : null}
      <AddAbilities domains={domains} onAdded={abilities.reload} />
      <fieldset className="filters" aria-label="Filter">
        <label>
          Search
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="a name"
          />
        </label>
        <label>
          Domain
          <select value={domain} onChange={(e) => setDomain(e.target.value)}>
            <option value="">All domains</option>
            {domains.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any status</option>
            {abilityStatuses.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        {abilities.data && (
          <span className="muted small" aria-live="polite">
            {counts.join(' · ')}
            {shown.length < abilities.data.length ? ` · ${shown.length} shown` : ''}
          </span>
        )}
      </fieldset>
      {abilities.error && <ErrorNote error={abilities.error} onRetry={abilities.reload} />}
      {!abilities.data && !abilities.error && <Loading />}
      {abilities.data && abilities.data.length === 0 && (
        <Empty title="No abilities yet.">
          Add what you can already do above — a technique, a tool, a concept — so that chops knows what is
          yours.
        </Empty>
      )}
      {abilities.data && abilities.data.length > 0 && shown.length === 0 && (
        <Empty title="Nothing matches these filters." />
      )}
      {shown.length > 0 && (
        <ul className="abilities" aria-label="Abilities">
          {shown.map((ability) => (
            <AbilityRow
              key={`${ability.id}:${ability.status}`}
              ability={ability}
              others={abilities.data!.filter(
                (other) => other.id !== ability.id && other.domain === ability.domain,
              )}
              onChanged={abilities.reload}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function AddAbilities({ domains, onAdded }: { domains: string[]; onAdded: () => void }) {
  const [names, setNames] = useState('');
  const [domain, setDomain] = useState('');
  const [kind, setKind] = useState('skill');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [outcomes, setOutcomes] = useState<OutcomeJson[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = names
      .split(/[\n,]/)
      .map((n) => n.trim())
      .filter(Boolean);
    if (list.length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = { names: list, kind, ...(domain.trim() ? { domain: domain.trim() } : {}) };
      setOutcomes(await api<OutcomeJson[]>('/abilities', { method: 'POST', body }));
      setNames('');
      onAdded();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={submit} aria-label="Add abilities">
      <label htmlFor="names">Abilities you have</label>
      <textarea
        id="names"
        rows={2}
        value={names}
        onChange={(e) => setNames(e.target.value)}
        placeholder="One per line or separated by commas: PCR, ii-V-I voicings, Python"
      />
      <div className="row">
        <label>
          Domain
          <input
            list="domains"
            value={domain}
            onChange={(e) => setDomain(e.target.value)}
            placeholder="your first domain"
          />
          <datalist id="domains">
            {domains.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            {abilityKinds.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || !names.trim()}>
          {busy ? 'Adding…' : 'Add'}
        </button>
      </div>
      {error && <ErrorNote error={error} />}
      {outcomes.length > 0 && (
        <ul className="outcomes" aria-live="polite">
          {outcomes.map((o) => (
            <li key={o.name}>
              {o.outcome === 'added' ? (
                <>
                  Added <strong>{o.ability.name}</strong>
                </>
              ) : o.name === o.ability.name ? (
                <>
                  <strong>{o.name}</strong> was already there{o.promoted ? ' — now yours' : ''}
                </>
              ) : (
                <>
                  Merged <strong>{o.name}</strong> into <strong>{o.ability.name}</strong> ({o.reason})
                  {o.promoted ? ' — now yours' : ''}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
