import { useEffect, useRef, useState } from 'react';
import { stream } from '../api.js';
import { Needs } from '../components/needs.js';
import { ErrorNote, Loading, Progress } from '../components/states.js';
import { Link, navigate } from '../router.js';
import type { AttemptJson, FormatJson, IdeaWithGoalJson, MadeJson } from '../types.js';
import { useApi } from '../use-api.js';

/** Make: an idea into a checked artifact, each attempt and its check shown as it lands. */
export function MakePage({ ideaId }: { ideaId: string }) {
  const idea = useApi<IdeaWithGoalJson>(`/ideas/${encodeURIComponent(ideaId)}`);
  // The formats chops makes, from the server's format registry.
  const formats = useApi<FormatJson[]>('/formats');
  const [format, setFormat] = useState('');
  const [attemptsAllowed, setAttemptsAllowed] = useState(3);
  // The person's own data files (CSV, TSV, JSON), read as text and sent with the request.
  const [dataFiles, setDataFiles] = useState<File[]>([]);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<string[]>([]);
  const [attempts, setAttempts] = useState<AttemptJson[]>([]);
  const [error, setError] = useState<Error>();
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    controller.current = new AbortController();
    setRunning(true);
    setError(undefined);
    setAttempts([]);
    setProgress([]);
    try {
      const data = await Promise.all(
        dataFiles.map(async (file) => ({ name: file.name, text: await file.text() })),
      );
      const made = await stream<MadeJson>(
        '/make',
        {
          ideaId,
          attempts: attemptsAllowed,
          ...(format ? { format } : {}),
          ...(data.length ? { data } : {}),
        },
        {
          progress: (line) => setProgress((lines) => [...lines, line]),
          event: (name, data) => {
            if (name === 'attempt') setAttempts((list) => [...list, data as AttemptJson]);
          },
        },
        controller.current.signal,
      );
      navigate(`/artifacts/${made.id}`);
    } catch (caught) {
      if ((caught as Error).name !== 'AbortError') setError(caught as Error);
    } finally {
      setRunning(false);
    }
  };

  if (idea.error) return <ErrorNote error={idea.error} onRetry={idea.reload} />;
  if (formats.error) return <ErrorNote error={formats.error} onRetry={formats.reload} />;
  if (!idea.data || !formats.data) return <Loading />;
  return (
    <section>
      <p className="crumbs">
        <Link to={`/goals/${idea.data.goalId}`}>{idea.data.goal.text}</Link> ›
      </p>
      <h1>Make: {idea.data.title}</h1>
      <p className="lede">{idea.data.pitch}</p>
      <Needs needs={idea.data.needs} />
      <div className="panel">
        <div className="row">
          <label>
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value)} disabled={running}>
              <option value="">Let chops choose</option>
              {formats.data.map((f) => (
                <option key={f.name} value={f.name}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Attempts
            <select
              value={attemptsAllowed}
              onChange={(e) => setAttemptsAllowed(Number(e.target.value))}
              disabled={running}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
          <label>
            Your data
            <input
              type="file"
              multiple
              accept=".csv,.tsv,.json"
              disabled={running}
              onChange={(e) => setDataFiles([...(e.target.files ?? [])])}
            />
          </label>
          <button type="button" onClick={start} disabled={running}>
            {running ? 'Making…' : 'Make it'}
          </button>
          {running && (
            <button type="button" className="secondary" onClick={() => controller.current?.abort()}>
              Stop
            </button>
          )}
        </div>
        <p className="muted small">
          The model writes it, a real check judges it, and a failed check goes back to the model to repair.
        </p>
      </div>
      {running && <Progress lines={progress} />}
      {attempts.length > 0 && (
        <ol className="attempts" aria-label="Attempts">
          {attempts.map((a) => (
            <li key={a.number} className={a.passed ? 'passed' : 'failed'} data-testid="attempt">
              <strong>
                Attempt {a.number}: {a.passed ? 'passes its check' : 'fails its check'}
              </strong>
              {a.problems.length > 0 && (
                <ul>
                  {a.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {error && <ErrorNote error={error} />}
    </section>
  );
}
