import { type FormEvent, useState } from 'react';
import { api } from '../api.js';
import { ErrorNote, Loading } from '../components/states.js';
import type { DatPageJson, DatResultJson } from '../types.js';
import { useApi } from '../use-api.js';

/** The Divergent Association Task: ten words, scored with word vectors alone (no model). */
export function DatPage() {
  const page = useApi<DatPageJson>('/dat');
  const [words, setWords] = useState<string[]>(Array(10).fill(''));
  const [result, setResult] = useState<DatResultJson>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setResult(await api<DatResultJson>('/dat', { method: 'POST', body: { words } }));
      page.reload();
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  if (page.error) return <ErrorNote error={page.error} onRetry={page.reload} />;
  if (!page.data) return <Loading />;
  return (
    <section>
      <h1>Divergent Association Task</h1>
      <p className="lede">{page.data.instructions}</p>
      <form className="panel dat-form" onSubmit={submit} aria-label="Ten words">
        <ol className="dat-words">
          {words.map((word, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the ten fields are fixed positions
            <li key={i}>
              <input
                aria-label={`Word ${i + 1}`}
                value={word}
                maxLength={60}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => setWords((list) => list.map((w, j) => (j === i ? e.target.value : w)))}
              />
            </li>
          ))}
        </ol>
        <button type="submit" disabled={busy || words.every((w) => !w.trim())}>
          {busy ? 'Scoring…' : 'Score my words'}
        </button>
      </form>
      {error && <ErrorNote error={error} />}
      {result && <DatResult result={result} wordsScored={page.data.wordsScored} />}
      <h2>Your scores</h2>
      {page.data.history.length === 0 ? (
        <p className="muted">No scores yet: your first one appears here.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Taken</th>
              <th>Score</th>
              <th>Words scored</th>
            </tr>
          </thead>
          <tbody>
            {[...page.data.history].reverse().map((record) => (
              <tr key={record.id}>
                <td>{new Date(record.takenAt).toLocaleDateString()}</td>
                <td>{record.score.toFixed(2)}</td>
                <td>{record.valid.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DatResult({ result, wordsScored }: { result: DatResultJson; wordsScored: number }) {
  return (
    <div className="panel dat-result" data-testid="dat-result" aria-live="polite">
      {result.score === null ? (
        <p>
          <strong>No score</strong>: only {result.valid.length} valid words; the task needs {wordsScored}.
          Nothing was kept.
        </p>
      ) : (
        <>
          <p className="dat-score">
            Your score <strong>{result.score.toFixed(2)}</strong>{' '}
            <span className="muted small">(on chops' own word vectors)</span>
          </p>
          {result.publishedScale !== undefined && (
            <p data-testid="dat-published">
              On the published study's scale: about <strong>{result.publishedScale.toFixed(1)}</strong>
              {result.percentile !== undefined &&
                `, higher than about ${Math.round(result.percentile)}% of the people in it`}
              .
            </p>
          )}
          <details className="small">
            <summary>How to read these two numbers</summary>
            {result.orientation.map((line) => (
              <p key={line} className="muted">
                {line}
              </p>
            ))}
          </details>
          <p className="small">Scored: {result.valid.join(', ')}</p>
          {result.notNouns.length > 0 && (
            <p className="small warn" data-testid="dat-not-nouns">
              Counted, but not nouns: {result.notNouns.map((w) => `“${w}”`).join(', ')}. The task asks for
              nouns; scores with other words are not comparable with the published ones.
            </p>
          )}
          {result.unused.length > 0 && (
            <p className="small muted" data-testid="dat-unused">
              Not needed: {result.unused.map((w) => `“${w}”`).join(', ')} — only the first {wordsScored} valid
              words are scored.
            </p>
          )}
        </>
      )}
      {result.invalid.length > 0 && (
        <ul className="small" data-testid="dat-invalid">
          {result.invalid.map((entry) => (
            <li key={entry.entry}>
              Not counted: “{entry.entry}” — {entry.explanation}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
