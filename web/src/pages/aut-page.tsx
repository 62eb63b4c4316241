import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api.js';
import { ErrorNote, Loading } from '../components/states.js';
import type { AutPageJson, AutResultJson } from '../types.js';
import { useApi } from '../use-api.js';

/** The Alternative Uses Task: unusual uses of an object, timed, scored offline (no model). */
export function AutPage() {
  const page = useApi<AutPageJson>('/aut');
  const [text, setText] = useState('');
  const [startedAt, setStartedAt] = useState<number>();
  const [now, setNow] = useState(Date.now());
  const [result, setResult] = useState<AutResultJson>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (startedAt === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [startedAt]);

  if (page.error) return <ErrorNote error={page.error} onRetry={page.reload} />;
  if (!page.data) return <Loading />;
  const { object, minutes, scale } = page.data;
  const left =
    startedAt === undefined ? minutes * 60 : Math.max(0, minutes * 60 - Math.floor((now - startedAt) / 1000));
  const uses = text.split('\n').filter((line) => line.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const seconds =
        startedAt === undefined
          ? undefined
          : Math.min(minutes * 60, Math.round((Date.now() - startedAt) / 1000));
      setResult(await api<AutResultJson>('/aut', { method: 'POST', body: { object, uses, seconds } }));
      setText('');
      setStartedAt(undefined);
      page.reload();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>Alternative Uses Task</h1>
      <p className="lede">
        Think of as many unusual, creative uses of a <strong>{object}</strong> as you can, one per line. You
        have {minutes} minutes from your first keystroke.
      </p>
      <form className="panel" onSubmit={submit} aria-label="Uses">
        <p className="muted small" aria-live="polite" data-testid="aut-time">
          {left > 0
            ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`
            : 'Time is up: score what you have.'}
        </p>
        <textarea
          aria-label={`Uses of a ${object}`}
          rows={10}
          value={text}
          readOnly={left === 0}
          onChange={(e) => {
            if (startedAt === undefined) setStartedAt(Date.now());
            setText(e.target.value);
          }}
        />
        <button type="submit" disabled={busy || uses.length === 0}>
          {busy ? 'Scoring…' : `Score ${uses.length} ${uses.length === 1 ? 'use' : 'uses'}`}
        </button>
      </form>
      {error && <ErrorNote error={error} />}
      {result && (
        <div className="panel" data-testid="aut-result" aria-live="polite">
          <p>
            Fluency <strong>{result.fluency}</strong> · originality{' '}
            <strong>{result.originality.toFixed(2)}</strong> (best two {result.bestOriginality.toFixed(2)}) ·
            flexibility <strong>{result.flexibility ?? '–'}</strong>
          </p>
          <p className="muted small">Originality is the {scale}.</p>
          <ul className="small">
            {result.uses.map((use) => (
              <li key={use.response}>
                {use.originality.toFixed(2)} — {use.response}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>Your answers</h2>
      {page.data.history.length === 0 ? (
        <p className="muted">No answers yet: your first one appears here.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Taken</th>
              <th>Object</th>
              <th>Fluency</th>
              <th>Originality</th>
              <th>Flexibility</th>
            </tr>
          </thead>
          <tbody>
            {[...page.data.history].reverse().map((record) => (
              <tr key={record.id}>
                <td>{new Date(record.takenAt).toLocaleDateString()}</td>
                <td>{record.object}</td>
                <td>{record.fluency}</td>
                <td>{record.originality.toFixed(2)}</td>
                <td>{record.flexibility ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
