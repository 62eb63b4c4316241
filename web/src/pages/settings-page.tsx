import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api.js';
import { ErrorNote, Loading } from '../components/states.js';
import type { SettingsJson } from '../types.js';
import { useApi } from '../use-api.js';

/** Settings: the model in use and where that was set; keys stay in the environment, never here. */
export function SettingsPage() {
  const settings = useApi<SettingsJson>('/settings');
  const [model, setModel] = useState('');
  const [error, setError] = useState<Error>();
  const [saved, setSaved] = useState<string>();
  useEffect(() => setModel(settings.data?.configModel ?? ''), [settings.data]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api('/settings/model', { method: 'PUT', body: { model: model.trim() || null } });
      setSaved(model.trim() ? `Saved: ${model.trim()}` : 'Cleared the saved model.');
      settings.reload();
    } catch (caught) {
      setError(caught as Error);
    }
  };

  if (settings.error) return <ErrorNote error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Loading />;
  const s = settings.data;
  return (
    <section>
      <h1>Settings</h1>
      <div className="panel">
        <h2>Model</h2>
        {s.model.configured ? (
          <p data-testid="model-status">
            Using <strong>{s.model.name}</strong> <span className="muted">(set by {s.model.source})</span>
          </p>
        ) : (
          <p className="state error" data-testid="model-status">
            {s.model.advice}
          </p>
        )}
        <form onSubmit={save} className="row">
          <label>
            Saved model
            <input
              value={model}
              onChange={(e) => setModel(e.target.value)}
              placeholder={s.providers.map((provider) => provider.example).join(' · ')}
            />
          </label>
          <button type="submit">Save</button>
        </form>
        {saved && <p className="note">{saved}</p>}
        {error && <ErrorNote error={error} />}
        <p className="muted small">
          Models are named <code>provider:model</code>. An API key is read from the environment of{' '}
          <code>chops serve</code> only: it is never stored by chops nor sent to this page.
        </p>
        <ul className="small" data-testid="providers">
          {s.providers.map((provider) => (
            <li key={provider.name}>
              <code>{provider.name}:</code> {provider.summary}, like <code>{provider.example}</code>
              {provider.embeddings === 'none' ? ' (no embedding models)' : ''}
            </li>
          ))}
        </ul>
        {s.localModels.length > 0 && (
          <>
            <h3>Local models</h3>
            <ul>
              {s.localModels.map((m) => (
                <li key={m.name}>
                  <code>local:{m.name}</code> · {(m.bytes / 1e9).toFixed(2)} GB
                  {m.isDefault ? ' · default' : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="panel">
        <h2>Environment</h2>
        <p className="muted small">
          Which variables the server was started with (set or not; values are never shown).
        </p>
        <table className="table env">
          <tbody>
            {s.variables.map((variable) => (
              <tr key={variable.name}>
                <td>
                  <code>{variable.name}</code>
                </td>
                <td className={variable.set ? 'ok' : 'muted'}>{variable.set ? 'set' : 'not set'}</td>
                <td className="small">{variable.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="panel">
        <h2>Data</h2>
        <p className="small">
          Your data folder: <code>{s.dataFolder}</code>. Default domain: {s.domain}.
        </p>
      </div>
    </section>
  );
}
