import { useState } from 'react';
import { api } from '../api.js';
import type { CardJson, DueCardJson } from '../types.js';

type Source = NonNullable<DueCardJson['source']>;

/** Where a card came from: its trick, and the artifact, idea and goal it was learned from. */
export function CardSource({ source }: { source: Source | undefined }) {
  if (!source) return null;
  const parts = [
    `trick “${source.trick.name}”`,
    source.artifact && `artifact “${source.artifact.title}”`,
    source.idea && source.idea.title !== source.artifact?.title && `idea “${source.idea.title}”`,
    source.goal && `goal “${source.goal.text}”`,
  ].filter(Boolean);
  return (
    <p className="muted small" data-testid="card-source">
      From {parts.join(' · ')}
    </p>
  );
}

/**
 * Edit, suspend or delete the card on show. Each change goes through the API, which keeps it in the
 * card's history; `onChanged` gets the card as it now is, or undefined when it left the session.
 */
export function CardTools({
  card,
  onChanged,
  onError,
}: {
  card: DueCardJson;
  onChanged: (card: DueCardJson | undefined, message: string) => void;
  onError: (error: Error) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [prompt, setPrompt] = useState(card.prompt);
  const [answer, setAnswer] = useState(card.answer);
  const [busy, setBusy] = useState(false);

  const send = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (caught) {
      onError(caught as Error);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    send(async () => {
      const saved = await api<CardJson>(`/cards/${encodeURIComponent(card.id)}`, {
        method: 'PATCH',
        body: { prompt, answer },
      });
      setEditing(false);
      onChanged({ ...card, prompt: saved.prompt, answer: saved.answer }, 'Card saved.');
    });
  const suspend = () =>
    send(async () => {
      await api(`/cards/${encodeURIComponent(card.id)}`, { method: 'PATCH', body: { suspended: true } });
      onChanged(undefined, 'Card suspended: it is no longer due (chops card ID --unsuspend brings it back).');
    });
  const remove = () =>
    send(async () => {
      if (!window.confirm('Delete this card and its reviews?')) return;
      await api(`/cards/${encodeURIComponent(card.id)}`, { method: 'DELETE' });
      onChanged(undefined, 'Card deleted.');
    });

  if (editing)
    return (
      <form
        className="card-edit"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label htmlFor="edit-prompt">Prompt</label>
        <textarea id="edit-prompt" rows={2} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
        <label htmlFor="edit-answer">Answer</label>
        <textarea id="edit-answer" rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        <div className="row">
          <button type="submit" disabled={busy}>
            Save card
          </button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  return (
    <div className="row small">
      <button type="button" className="link" onClick={() => setEditing(true)} disabled={busy}>
        Edit card
      </button>
      <button type="button" className="link" onClick={suspend} disabled={busy}>
        Suspend
      </button>
      <button type="button" className="link" onClick={remove} disabled={busy}>
        Delete
      </button>
    </div>
  );
}
