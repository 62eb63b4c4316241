import { EventSourceParserStream } from 'eventsource-parser/stream';
import { currentSession } from './session.js';

/** The headers every API request carries: the session, and the body's type when there is one. */
function headers(extra: Record<string, string>): Record<string, string> {
  const session = currentSession();
  return { ...extra, ...(session ? { authorization: `Bearer ${session}` } : {}) };
}

/** An API failure as the server reported it: `{ error: { code, message } }` and the status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function failure(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiError(
      response.status,
      body.error?.code ?? 'unknown',
      body.error?.message ?? response.statusText,
    );
  } catch {
    return new ApiError(response.status, 'unknown', `the server answered ${response.status}`);
  }
}

/** JSON in and out, signed in with the page's session. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      credentials: 'omit',
      headers: headers(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      ...(init.signal ? { signal: init.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'offline', 'cannot reach chops: is `chops serve` still running?');
  }
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

interface StreamHandlers {
  progress?: (message: string) => void;
  /** Any other named event (make's `attempt`). */
  event?: (name: string, data: unknown) => void;
}

/**
 * A long operation (imagine, make, learn) as server-sent events over a POST: progress as it comes,
 * then the `result` (resolved) or `error` (thrown as an ApiError).
 */
export async function stream<T>(
  path: string,
  body: unknown,
  handlers: StreamHandlers,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: 'POST',
      credentials: 'omit',
      headers: headers({ 'content-type': 'application/json', accept: 'text/event-stream' }),
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'offline', 'cannot reach chops: is `chops serve` still running?');
  }
  if (!response.ok || !response.body) throw await failure(response);
  const events = response.body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  for (;;) {
    const { value: message, done } = await events.read();
    if (done) break;
    const name = message.event ?? 'message';
    const data = message.data ? (JSON.parse(message.data) as unknown) : null;
    if (name === 'result') return data as T;
    if (name === 'error') {
      const { status, error } = data as { status: number; error: { code: string; message: string } };
      throw new ApiError(status, error.code, error.message);
    }
    if (name === 'progress') handlers.progress?.((data as { message: string }).message);
    else handlers.event?.(name, data);
  }
  throw new ApiError(0, 'interrupted', 'the server stopped before it finished');
}
