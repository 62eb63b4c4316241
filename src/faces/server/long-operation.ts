import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { errorAnswer } from './error-response.js';

/** What a long operation may tell while it runs; each becomes an SSE event of the same name. */
export interface OperationEvents {
  /** A line for the person: "finding lenses", "checking attempt 2". */
  progress(message: string): void;
  /** A named event with JSON data (make's `attempt`, say). */
  emit(event: string, data: unknown): void;
  /** Aborted when the client goes away, so the model call stops too. */
  signal: AbortSignal;
}

/**
 * Runs a long operation (imagine, make, learn) two ways. With `Accept: text/event-stream` the answer
 * is a stream of `progress` (and operation-specific) events ending with exactly one `result` or
 * `error` event; otherwise it is plain JSON, for scripts. Errors in a stream go through the same
 * mapping as JSON errors.
 */
export function longOperation<T>(
  c: Context,
  work: (events: OperationEvents) => Promise<T>,
  onUnexpected: (error: unknown) => void,
  /** The environment's secrets, never sent in an error event (see errorAnswer). */
  secrets: readonly string[] = [],
): Response | Promise<Response> {
  const controller = new AbortController();
  // A plain JSON client that goes away (its request's signal aborts) cancels the work just the same.
  const request = c.req.raw.signal;
  if (request.aborted) controller.abort();
  else request.addEventListener('abort', () => controller.abort(), { once: true });
  if (!(c.req.header('accept') ?? '').includes('text/event-stream')) {
    const quiet: OperationEvents = { progress: () => {}, emit: () => {}, signal: controller.signal };
    return work(quiet).then(
      (result) => c.json(result as object),
      (error: unknown) => {
        // Nobody is left to read the answer; the cancelled work is not a bug to log.
        if (controller.signal.aborted)
          return c.json({ error: { code: 'cancelled', message: 'the client went away' } }, 400);
        throw error;
      },
    );
  }
  c.header('Cache-Control', 'no-store');
  return streamSSE(c, async (stream) => {
    stream.onAbort(() => controller.abort());
    // Events are written in order; a slow client must not reorder progress after the result.
    let queue = Promise.resolve();
    const send = (event: string, data: unknown) => {
      queue = queue.then(() => stream.writeSSE({ event, data: JSON.stringify(data) }));
    };
    const events: OperationEvents = {
      progress: (message) => send('progress', { message }),
      emit: send,
      signal: controller.signal,
    };
    try {
      send('result', await work(events));
    } catch (error) {
      if (controller.signal.aborted) return;
      const answer = errorAnswer(error, secrets);
      if (answer.unexpected) onUnexpected(error);
      send('error', { status: answer.status, ...answer.body });
    }
    await queue;
  });
}
