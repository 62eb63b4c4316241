import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { contentSecurityPolicy } from './middleware/security-headers.js';
import {
  base,
  type ServerFixture,
  serverFixture,
  testPort,
  testToken,
} from './test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let fixture: ServerFixture;
afterEach(() => fixture?.close());
const own = `127.0.0.1:${testPort}`;

describe('the server refuses what is not its own', () => {
  it('answers 401 without a token and with a wrong one, before any route runs', async () => {
    fixture = serverFixture(tempFolder());
    const none = await fixture.raw('/api/abilities', { headers: { host: own } });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      error: { code: 'unauthorized', message: expect.stringContaining('token') },
    });
    const wrong = await fixture.raw('/api/abilities', {
      headers: { host: own, authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
    const wrongCookie = await fixture.raw('/api/abilities', {
      headers: { host: own, cookie: `chops_token_${testPort}=nope` },
    });
    expect(wrongCookie.status).toBe(401);
    const malformed = await fixture.raw('/api/abilities', {
      headers: { host: own, authorization: testToken },
    });
    expect(malformed.status).toBe(401);
  });

  it('answers 403 to a foreign Host (DNS rebinding), a missing Host and a foreign Origin, token or not', async () => {
    fixture = serverFixture(tempFolder());
    const auth = { authorization: `Bearer ${testToken}` };
    for (const host of ['evil.example:4999', `127.0.0.1:${testPort + 1}`, 'localhost']) {
      const response = await fixture.raw('/api/abilities', { headers: { host, ...auth } });
      expect(response.status, host).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('foreign_host');
    }
    expect((await fixture.raw('/api/abilities', { headers: auth })).status).toBe(403);
    expect((await fixture.raw('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${testPort + 1}`,
      'null',
      `https://${own}`,
    ]) {
      const response = await fixture.raw('/api/abilities', {
        method: 'POST',
        headers: { host: own, origin, ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ names: ['x'] }),
      });
      expect(response.status, origin).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('foreign_origin');
    }
    // Nothing was added by the refused posts.
    expect(await (await fixture.request('/api/abilities')).json()).toEqual([]);
    const sameOrigin = await fixture.request('/api/abilities', {
      headers: { origin: `http://localhost:${testPort}`, host: `localhost:${testPort}` },
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('signs a browser in with a one-time code traded for a session; the token never reaches the page', async () => {
    fixture = serverFixture(tempFolder());
    const code = fixture.sessions.newCode();
    const trade = (given: string) =>
      fixture.raw('/api/session', {
        method: 'POST',
        headers: { host: own, 'content-type': 'application/json' },
        body: JSON.stringify({ code: given }),
      });
    const traded = await trade(code);
    expect(traded.status).toBe(200);
    const { session } = (await traded.json()) as { session: string };
    expect(session).not.toContain(testToken);
    expect(session).toBe(fixture.sessions.session);
    // No cookie at all: a cookie for 127.0.0.1 would go to every server on that address, any port.
    expect(traded.headers.get('set-cookie')).toBeNull();
    const api = await fixture.raw('/api/abilities', {
      headers: { host: own, authorization: `Bearer ${session}` },
    });
    expect(api.status).toBe(200);
    // A code signs in once; a guessed one never.
    expect((await trade(code)).status).toBe(401);
    expect((await trade('guessed-code')).status).toBe(401);
    // A cookie, even holding the right token, is not a way in.
    const cookie = await fixture.raw('/api/abilities', {
      headers: { host: own, cookie: `chops_token_${testPort}=${testToken}` },
    });
    expect(cookie.status).toBe(401);
    // The old token link neither redirects nor sets anything: it is just the page.
    const old = await fixture.raw(`/?token=${testToken}`, { headers: { host: own } });
    expect(old.status).toBe(200);
    expect(old.headers.get('set-cookie')).toBeNull();
    expect(old.headers.get('location')).toBeNull();
  });

  it('sends the strict CSP and companions on pages, files, API answers and errors', async () => {
    fixture = serverFixture(tempFolder());
    for (const response of [
      await fixture.raw('/', { headers: { host: own } }),
      await fixture.raw('/assets/app.js', { headers: { host: own } }),
      await fixture.request('/api/abilities'),
      await fixture.raw('/api/abilities', { headers: { host: own } }),
      await fixture.raw('/', { headers: { host: 'evil' } }),
    ]) {
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe');
  });
});

describe('the web app files', () => {
  it('serves the bundle with content types, and index.html for page paths', async () => {
    fixture = serverFixture(tempFolder());
    const script = await fixture.raw('/assets/app.js', { headers: { host: own } });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(await script.text()).toBe('console.log(1)');
    for (const page of ['/', '/practice', '/artifacts/abc123']) {
      const response = await fixture.raw(page, { headers: { host: own } });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('<title>chops</title>');
    }
    expect((await fixture.raw('/assets/missing.js', { headers: { host: own } })).status).toBe(404);
  });

  it('never serves a file outside the bundle folder', async () => {
    fixture = serverFixture(tempFolder());
    for (const path of ['/../chops.db', '/%2e%2e/chops.db', '/assets/%2e%2e/%2e%2e/server-token']) {
      const response = await fixture.server.request(`${base}${path}`, { headers: { host: own } });
      const text = await response.text();
      expect(text).not.toContain('SQLite');
      expect(response.status === 404 || text.includes('<title>chops</title>')).toBe(true);
    }
  });

  it('answers unknown API routes with a JSON 404', async () => {
    fixture = serverFixture(tempFolder());
    const response = await fixture.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
