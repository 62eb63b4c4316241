import { useCallback, useEffect, useState } from 'react';
import { api } from '../api.js';
import { AbcScore } from '../components/abc-score.js';
import { CardSource, CardTools } from '../components/card-tools.js';
import { Empty, ErrorNote, Loading } from '../components/states.js';
import { Link, navigate } from '../router.js';
import type {
  CardOnArtifactJson,
  DueCardJson,
  ProposedGradeJson,
  QueueJson,
  ReviewJson,
  UndoJson,
} from '../types.js';
import { useApi } from '../use-api.js';

const ratings = ['again', 'hard', 'good', 'easy'] as const;
type Rating = (typeof ratings)[number];

/** How long until `due`, in the largest unit that fits: "10 min", "3 d", "2 mo". */
function interval(due: string, now: number): string {
  const minutes = Math.max(1, Math.round((Date.parse(due) - now) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} d`;
  const months = Math.round(days / 30.4);
  return months < 12 ? `${months} mo` : `${Math.round(days / 365)} y`;
}

/** Practice: the due cards one by one; space reveals, 1–4 rate, u undoes the last review. */
export function PracticePage() {
  const queue = useApi<QueueJson>('/practice/queue');
  const [cards, setCards] = useState<DueCardJson[]>([]);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [answer, setAnswer] = useState('');
  const [done, setDone] = useState<{ card: DueCardJson; review: ReviewJson }[]>([]);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState<ProposedGradeJson>();

  useEffect(() => {
    if (queue.data) {
      setCards(queue.data.cards);
      setIndex(0);
      setRevealed(false);
    }
  }, [queue.data]);
  const card = cards[index];

  const rate = useCallback(
    async (rating: Rating) => {
      if (!card || !revealed || busy) return;
      setBusy(true);
      setError(undefined);
      try {
        const review = await api<ReviewJson>('/practice/reviews', {
          method: 'POST',
          body: { cardId: card.id, rating, ...(answer.trim() ? { answer } : {}) },
        });
        setDone((list) => [...list, { card, review }]);
        // The session rule is the server's (the CLI follows the same): a card it says comes back is
        // asked again before the session ends.
        if (review.comesBack)
          setCards((list) => [
            ...list,
            {
              ...card,
              due: review.due,
              state: review.state,
              stability: review.stability,
              next: review.next,
            },
          ]);
        setMessage(
          review.promoted
            ? `★ “${review.promoted.name}” is now your own.`
            : `${rating}: next due ${new Date(review.due).toLocaleString()}`,
        );
        setIndex((i) => i + 1);
        setRevealed(false);
        setAnswer('');
        setProposal(undefined);
      } catch (caught) {
        setError(caught as Error);
      } finally {
        setBusy(false);
      }
    },
    [card, revealed, busy, answer],
  );

  const undo = useCallback(async () => {
    const last = done.at(-1);
    if (!last || busy) return;
    setBusy(true);
    try {
      const undone = await api<UndoJson>('/practice/undo', {
        method: 'POST',
        body: { reviewId: last.review.reviewId },
      });
      setDone((list) => list.slice(0, -1));
      // The undone card is asked again now; the copy its review queued (if any) goes away.
      if (last.review.comesBack)
        setCards((list) => {
          const copy = list.findLastIndex((c) => c.id === last.card.id);
          return copy < 0 ? list : list.filter((_, i) => i !== copy);
        });
      setIndex((i) => Math.max(0, i - 1));
      setRevealed(false);
      setMessage(
        `Undid the ${undone.rating} review${undone.demoted ? `; “${undone.demoted.name}” is no longer marked your own` : ''}.`,
      );
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  }, [done, busy]);

  const grade = async () => {
    if (!card || !answer.trim()) return;
    setBusy(true);
    try {
      // A checked card's check runs the answer; other cards are read by the model.
      const route = card.formatCheck ? '/practice/check' : '/practice/grade';
      setProposal(await api(route, { method: 'POST', body: { cardId: card.id, answer } }));
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  // The artifact the card's trick was learned from, opened at the trick's lines.
  const openOnArtifact = async () => {
    if (!card) return;
    try {
      const opened = await api<CardOnArtifactJson>(`/practice/cards/${encodeURIComponent(card.id)}/artifact`);
      const lines = opened.location ? `&lines=${opened.location.from}-${opened.location.to}` : '';
      navigate(
        `/artifacts/${encodeURIComponent(opened.artifactId)}?trick=${encodeURIComponent(opened.trick)}${lines}`,
      );
    } catch (caught) {
      setError(caught as Error);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select') || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === ' ' && card && !revealed) {
        event.preventDefault();
        setRevealed(true);
      } else if (/^[1-4]$/.test(event.key)) {
        event.preventDefault();
        rate(ratings[Number(event.key) - 1]!);
      } else if (event.key === 'u') {
        event.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [card, revealed, rate, undo]);

  if (queue.error) return <ErrorNote error={queue.error} onRetry={queue.reload} />;
  if (!queue.data) return <Loading />;
  const queuedAt = Date.parse(queue.data.now);
  return (
    <section className="practice">
      <h1>Practice</h1>
      <p className="muted small">
        Keys: <kbd>space</kbd> reveal · <kbd>1</kbd> again · <kbd>2</kbd> hard · <kbd>3</kbd> good ·{' '}
        <kbd>4</kbd> easy · <kbd>u</kbd> undo
      </p>
      {message && (
        <p className="note" role="status">
          {message}
        </p>
      )}
      {error && <ErrorNote error={error} />}
      {card && (
        <div className="session-progress">
          <progress
            max={cards.length}
            value={index}
            aria-label={`${index} of ${cards.length} cards reviewed`}
          />
          <span className="small muted">
            {index} of {cards.length} reviewed
            {queue.data.total > cards.length ? ` · ${queue.data.total} due in all` : ''}
          </span>
        </div>
      )}
      {card ? (
        <article className="card flash" data-testid="flashcard" aria-live="polite">
          <p className="muted small">
            Card {index + 1} of {cards.length} · {card.ability} · {card.trick} · {card.kind} ·{' '}
            <button type="button" className="link" onClick={openOnArtifact}>
              open on its artifact
            </button>
          </p>
          <CardSource source={card.source} />
          <p className="prompt">{card.prompt}</p>
          {card.drill && (
            <p className="muted small" data-testid="drill-cell">
              Drill cell: {card.drill.key} at ♩={card.drill.tempo}. Play it, then reveal to hear it at this
              tempo.
            </p>
          )}
          {!revealed ? (
            <>
              <label className="small" htmlFor="answer">
                <span>
                  Your answer <span className="muted">(optional)</span>
                </span>
              </label>
              <textarea
                id="answer"
                rows={2}
                value={answer}
                aria-describedby="answer-keys"
                onChange={(e) => setAnswer(e.target.value)}
                onKeyDown={(e) => {
                  // Enter hands the answer in (reveals the card); Shift+Enter is a new line.
                  if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                    e.preventDefault();
                    setRevealed(true);
                  }
                }}
              />
              <p id="answer-keys" className="muted small">
                <kbd>Enter</kbd> reveals the answer · <kbd>Shift</kbd>+<kbd>Enter</kbd> new line
              </p>
              <div className="row">
                <button type="button" onClick={() => setRevealed(true)}>
                  Reveal <kbd>space</kbd>
                </button>
              </div>
            </>
          ) : (
            <>
              <div className="answer">
                <strong>Answer</strong>
                {card.drill ? <AbcScore abc={card.answer} /> : <p>{card.answer}</p>}
                {card.check && <p className="muted">Check: {card.check}</p>}
                {card.source?.trick.explanation && (
                  <p className="muted small">{card.source.trick.explanation}</p>
                )}
              </div>
              <CardTools
                key={card.id}
                card={card}
                onError={setError}
                onChanged={(changed, note) => {
                  setMessage(note);
                  setCards((list) =>
                    changed
                      ? list.map((c, i) => (i === index ? changed : c))
                      : list.filter((_, i) => i !== index),
                  );
                  if (!changed) setRevealed(false);
                }}
              />
              {answer.trim() && !proposal && (
                <button type="button" className="link" onClick={grade} disabled={busy}>
                  {card.formatCheck ? 'Run the check on my answer' : 'Ask the model to grade my answer'}
                </button>
              )}
              {proposal && (
                <div className="note" data-testid="proposal">
                  <p>
                    {proposal.by === 'check' ? 'The check suggests' : 'Model suggests'}{' '}
                    <strong>{proposal.rating}</strong>: {proposal.reason}
                  </p>
                  {proposal.problems && proposal.problems.length > 1 && (
                    <ul className="small">
                      {proposal.problems.slice(1, 6).map((problem) => (
                        <li key={problem}>{problem}</li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
              <fieldset className="ratings" aria-label="Rate">
                {ratings.map((r, i) => (
                  <button
                    key={r}
                    type="button"
                    className={`rate rate-${r} ${proposal?.rating === r ? 'suggested' : ''}`}
                    onClick={() => rate(r)}
                    disabled={busy}
                  >
                    <span>
                      {r} <kbd>{i + 1}</kbd>
                    </span>
                    {card.next && (
                      <span className="rate-next" data-testid={`next-${r}`}>
                        {interval(card.next[r], queuedAt)}
                      </span>
                    )}
                  </button>
                ))}
              </fieldset>
            </>
          )}
        </article>
      ) : done.length > 0 ? (
        <Empty title={`Session done: ${done.length} ${done.length === 1 ? 'card' : 'cards'} reviewed.`}>
          <button type="button" className="secondary" onClick={queue.reload}>
            Check for more due cards
          </button>
        </Empty>
      ) : queue.data.nextDue ? (
        <Empty title="Nothing is due right now.">
          Next card due {new Date(queue.data.nextDue).toLocaleString()}.
        </Empty>
      ) : (
        <Empty title="No practice cards yet.">
          Make something from an idea, then <em>Find the tricks</em> on it: <Link to="/artifacts">Made</Link>.
        </Empty>
      )}
      {done.length > 0 && card && (
        <p className="muted small">
          {done.length} reviewed this session.{' '}
          <button type="button" className="link" onClick={undo}>
            Undo last
          </button>
        </p>
      )}
    </section>
  );
}
