import {
  APICallError,
  EmptyResponseBodyError,
  InvalidResponseDataError,
  JSONParseError,
  NoOutputGeneratedError,
} from 'ai';
import { safeExcerpt } from './redact.js';

/** What one failed call means for the next one. */
export type CallFailure =
  | { readonly retryable: true; readonly summary: string; readonly retryAfterMs?: number | undefined }
  | { readonly retryable: false; readonly summary: string };

/** How long to wait between attempts. */
interface BackoffSettings {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Longer `retry-after` requests are not waited out: the call fails and says so. */
  readonly maxHonouredWaitMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = {
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxHonouredWaitMs: 60_000,
};

const FATAL_STATUS: Readonly<Record<number, string>> = {
  400: 'the provider rejected the request (400)',
  401: 'the provider refused the API key (401)',
  403: 'the provider denied access with this API key (403)',
  404: 'the provider does not know this model or endpoint (404)',
};

/**
 * Reads `retry-after-ms` (OpenAI) or `retry-after` (seconds or an HTTP date) from response headers.
 * `undefined` when absent or unreadable.
 */
export function retryAfterMs(headers: Record<string, string> | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const milliseconds = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const text = headers['retry-after']?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number.parseFloat(text) * 1_000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function statusSummary(error: APICallError): string {
  const status = error.statusCode ?? 0;
  if (status === 429) return 'the provider is rate limiting requests (429)';
  if (status >= 500) return `the provider had a server error (${status})`;
  if (status === 408) return 'the provider timed out (408)';
  return `the provider answered ${status}`;
}

/** Which failures are worth another attempt, and how to describe each in a line. */
export function classifyFailure(error: unknown, now: number): CallFailure {
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    if (status === 401) return { retryable: false, summary: FATAL_STATUS[401]! };
    const fatal = status === undefined ? undefined : FATAL_STATUS[status];
    if (fatal) return { retryable: false, summary: `${fatal}: ${safeExcerpt(error.message)}` };
    if (status === undefined) {
      return { retryable: true, summary: `could not reach the provider: ${causeMessage(error)}` };
    }
    if (status >= 200 && status < 300) {
      // A connection dropped mid-body or a proxy answering with an HTML page: the provider may well
      // answer properly next time.
      const what =
        error.message === 'Invalid JSON response'
          ? 'the provider sent a response that is not valid JSON'
          : `the answer was cut off: ${causeMessage(error)}`;
      return { retryable: true, summary: what };
    }
    if (error.isRetryable) {
      return {
        retryable: true,
        summary: statusSummary(error),
        retryAfterMs: retryAfterMs(error.responseHeaders, now),
      };
    }
    return { retryable: false, summary: `${statusSummary(error)}: ${safeExcerpt(error.message)}` };
  }
  if (
    InvalidResponseDataError.isInstance(error) ||
    JSONParseError.isInstance(error) ||
    EmptyResponseBodyError.isInstance(error) ||
    NoOutputGeneratedError.isInstance(error)
  ) {
    // Streams that end without a finish event or carry an unreadable chunk: a glitch on the way.
    return {
      retryable: true,
      summary: `the provider's answer was incomplete: ${safeExcerpt(error.message)}`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { retryable: false, summary: safeExcerpt(message) };
}

function causeMessage(error: APICallError): string {
  return safeExcerpt(error.cause instanceof Error ? error.cause.message : error.message);
}

/**
 * The wait before retry number `retry` (0-based): exponential, capped, with "equal jitter" (half fixed,
 * half random) so that many clients hit by the same outage do not come back in step.
 */
export function backoffDelayMs(retry: number, random: () => number, settings = DEFAULT_BACKOFF): number {
  const exponential = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retry);
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
