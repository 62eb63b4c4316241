import { useState } from 'react';
import { api } from '../api.js';
import type { ChecklistJson, ToConfirmJson } from '../types.js';
import { useApi } from '../use-api.js';

type ToConfirm = ToConfirmJson;
type Answer = { name: string; answer: 'yes' | 'not yet' | 'skip'; sameAs?: string };

/**
 * "Can you already do these?": the needs of a goal's ideas chops could not place, as chips with one
 * click each (yes, or "it is my …", or not yet). An answer re-maps the goal's ideas; `onAnswered` lets
 * the page reload them.
 */
export function ChecklistChips({ goalId, onAnswered }: { goalId: string; onAnswered: () => void }) {
  const checklist = useApi<ChecklistJson>(`/goals/${encodeURIComponent(goalId)}/checklist`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const items = checklist.data?.toConfirm ?? [];
  if (items.length === 0) return null;

  async function answer(item: ToConfirm, reply: Answer['answer'], sameAs?: string) {
    setBusy(true);
    setError(undefined);
    try {
      const body: Answer = { name: item.name, answer: reply, ...(sameAs ? { sameAs } : {}) };
      await api('/checklist', { method: 'POST', body: { answers: [body], goalId } });
      checklist.reload();
      onAnswered();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="checklist" aria-label="Can you already do these?">
      <h2>Can you already do these?</h2>
      <p className="muted">
        chops could not place these needs in your repertoire. Your answer re-maps the ideas.
      </p>
      <ul className="chips">
        {items.map((item) => (
          <li key={item.name} className="chip">
            <span className="chip-name">{item.name}</span>
            {item.sameAs ? (
              <button type="button" disabled={busy} onClick={() => answer(item, 'yes', item.sameAs!.id)}>
                It is my “{item.sameAs.name}”
              </button>
            ) : null}
            <button type="button" disabled={busy} onClick={() => answer(item, 'yes')}>
              {item.sameAs ? 'Yes, another ability' : 'Yes, I can'}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => answer(item, 'not yet')}
            >
              Not yet
            </button>
          </li>
        ))}
      </ul>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
