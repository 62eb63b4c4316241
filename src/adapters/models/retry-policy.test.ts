import { APICallError } from 'ai';
import { describe, expect, it } from 'vitest';
import { safeExcerpt } from './redact.js';
import { backoffDelayMs, classifyFailure, retryAfterMs } from './retry-policy.js';

const now = Date.parse('2025-10-20T12:00:00Z');

function apiError(statusCode: number | undefined, message = 'x', responseHeaders?: Record<string, string>) {
  return new APICallError({
    message,
    url: 'http://x',
    requestBodyValues: {},
    ...(statusCode !== undefined && { statusCode }),
    ...(responseHeaders && { responseHeaders }),
  });
}

describe('retryAfterMs', () => {
  it('reads milliseconds, seconds and HTTP dates', () => {
    expect(retryAfterMs({ 'retry-after-ms': '250', 'retry-after': '9' }, now)).toBe(250);
    expect(retryAfterMs({ 'retry-after': '1.5' }, now)).toBe(1_500);
    expect(retryAfterMs({ 'retry-after': 'Mon, 20 Oct 2025 12:00:30 GMT' }, now)).toBe(30_000);
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('classifyFailure', () => {
  it('retries 429, 5xx and network faults', () => {
    expect(classifyFailure(apiError(429, 'x', { 'retry-after': '4' }), now)).toEqual({
      retryable: true,
      summary: 'the provider is rate limiting requests (429)',
      retryAfterMs: 4_000,
    });
    expect(classifyFailure(apiError(503), now).retryable).toBe(true);
    expect(
      classifyFailure(apiError(undefined, 'Cannot connect to API: connect ECONNREFUSED'), now),
    ).toMatchObject({
      retryable: true,
      summary: 'could not reach the provider: Cannot connect to API: connect ECONNREFUSED',
    });
  });

  it.each([400, 401, 403, 404])('does not retry %i', (status) => {
    expect(classifyFailure(apiError(status), now).retryable).toBe(false);
  });

  it('keeps the 401 message fixed, whatever the provider said', () => {
    expect(classifyFailure(apiError(401, 'Incorrect API key provided: sk-abc'), now).summary).toBe(
      'the provider refused the API key (401)',
    );
  });
});

describe('backoffDelayMs', () => {
  it('doubles per retry, jitters within the upper half, and caps', () => {
    expect(backoffDelayMs(0, () => 0)).toBe(500);
    expect(backoffDelayMs(0, () => 0.998)).toBe(999);
    expect(backoffDelayMs(2, () => 0)).toBe(2_000);
    expect(backoffDelayMs(20, () => 0.999)).toBeLessThanOrEqual(30_000);
  });
});

describe('safeExcerpt', () => {
  it('hides key-like runs and keeps one short line', () => {
    expect(safeExcerpt('bad key sk-proj-abcdefghijklmnop1234\nretry')).toBe('bad key [redacted] retry');
    expect(safeExcerpt('model claude-sonnet-4-5-20250929 not found')).toBe(
      'model claude-sonnet-4-5-20250929 not found',
    );
    expect(safeExcerpt('x'.repeat(10) + ' y'.repeat(200)).length).toBe(160);
  });
});
