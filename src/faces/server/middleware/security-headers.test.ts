import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers.js';

const app = new Hono();
app.use('*', securityHeaders());
app.onError((error, c) =>
  c.json({ error: error.message }, error instanceof HTTPException ? error.status : 500),
);
app.get('/page', (c) => c.text('ok'));
app.get('/refused', () => {
  throw new HTTPException(403, { message: 'no' });
});

describe('securityHeaders', () => {
  it('sets the strict policy and the same companions as before, on answers and on errors', async () => {
    for (const path of ['/page', '/refused', '/missing']) {
      const headers = (await app.request(path)).headers;
      expect(headers.get('content-security-policy'), path).toBe(contentSecurityPolicy);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
      // Plain HTTP on 127.0.0.1: a Strict-Transport-Security header would mean nothing.
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('writes the policy hono sends exactly as it was written by hand', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self' blob: data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });
});
