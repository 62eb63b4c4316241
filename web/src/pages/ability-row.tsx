import { type FormEvent, useState } from 'react';
import { api } from '../api.js';
import { ErrorNote } from '../components/states.js';
import { type AbilityJson, abilityStatuses } from '../types.js';

/**
 * One ability with its status, renamed in place, merged into another of its domain (two names for one
 * ability that deduplication did not catch), removed after a confirmation.
 */
export function AbilityRow({
  ability,
  others,
  onChanged,
}: {
  ability: AbilityJson;
  others: readonly AbilityJson[];
  onChanged: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(ability.name);
  const [error, setError] = useState<Error>();
  // A choice in a list is only a choice until it is applied: arrow keys move through a closed list
  // without changing anything.
  const [status, setStatus] = useState(ability.status);
  const [into, setInto] = useState('');

  const change = async (body: { name?: string; status?: string }) => {
    setError(undefined);
    try {
      await api(`/abilities/${ability.id}`, { method: 'PATCH', body });
      setRenaming(false);
      onChanged();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const remove = async () => {
    if (!window.confirm(`Remove "${ability.name}" and its history?`)) return;
    try {
      await api(`/abilities/${ability.id}`, { method: 'DELETE' });
      onChanged();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const merge = async (intoId: string) => {
    const into = others.find((other) => other.id === intoId);
    if (
      !into ||
      !window.confirm(`Merge "${ability.name}" into "${into.name}"? Its history, tricks and cards move over.`)
    )
      return;
    try {
      await api(`/abilities/${ability.id}/merge`, { method: 'POST', body: { into: into.id } });
      onChanged();
    } catch (caught) {
      setError(caught as Error);
    }
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && name.trim() !== ability.name) change({ name: name.trim() });
    else setRenaming(false);
  };

  return (
    <li className="ability" data-testid="ability">
      <div className="ability-main">
        {renaming ? (
          <form onSubmit={rename} className="inline">
            <input
              aria-label={`New name for ${ability.name}`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
            />
            <button type="submit">Save</button>
          </form>
        ) : (
          <span className="ability-name">{ability.name}</span>
        )}
        <span className="muted small">
          {ability.domain} · {ability.kind}
          {ability.summary ? ` · ${ability.summary}` : ''}
        </span>
      </div>
      <div className="ability-actions">
        <select
          aria-label={`Status of ${ability.name}`}
          className={`status status-${status}`}
          value={status}
          onChange={(e) => setStatus(e.target.value as typeof status)}
        >
          {abilityStatuses.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        {status !== ability.status && (
          <button type="button" className="small-button" onClick={() => change({ status })}>
            Set {status}
          </button>
        )}
        {!renaming && (
          <button type="button" className="link" onClick={() => setRenaming(true)}>
            Rename
          </button>
        )}
        {others.length > 0 && (
          <select
            aria-label={`Merge ${ability.name} into`}
            className="merge"
            value={into}
            onChange={(e) => setInto(e.target.value)}
          >
            <option value="">Merge into…</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        )}
        {into && (
          <button type="button" className="small-button" onClick={() => merge(into)}>
            Merge
          </button>
        )}
        <button type="button" className="link danger" onClick={remove}>
          Remove
        </button>
      </div>
      {error && <ErrorNote error={error} />}
    </li>
  );
}
