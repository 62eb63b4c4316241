import { writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { maxBodyBytes } from './parse-body.js';
import { type ServerFixture, serverFixture, testPort, testToken } from './test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let fixture: ServerFixture;
afterEach(() => fixture?.close());
const own = `127.0.0.1:${testPort}`;

/** A body of `total` bytes sent in 64 KB chunks without a declared length; counts what was pulled. */
function countedBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled };
}

describe('what the server reads and answers', () => {
  it('stops reading a body at the limit while it streams, and refuses a declared length over it unread', async () => {
    fixture = serverFixture(tempFolder());
    const { body, pulled } = countedBody(16 * 1024 * 1024);
    const response = await fixture.server.request(`http://${own}/api/abilities`, {
      method: 'POST',
      headers: { host: own, authorization: `Bearer ${testToken}`, 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('too_large');
    // Not the 16 MB: at most the limit and the chunk that crossed it (and what the stream queued ahead).
    expect(pulled.bytes).toBeLessThanOrEqual(maxBodyBytes + 4 * 64 * 1024);

    const declared = countedBody(16 * 1024 * 1024);
    const refused = await fixture.server.request(`http://${own}/api/abilities`, {
      method: 'POST',
      headers: {
        host: own,
        authorization: `Bearer ${testToken}`,
        'content-type': 'application/json',
        'content-length': String(16 * 1024 * 1024),
      },
      body: declared.body,
      duplex: 'half',
    } as RequestInit);
    expect(refused.status).toBe(413);
    expect(declared.pulled.bytes).toBeLessThanOrEqual(2 * 64 * 1024);
    expect(await (await fixture.request('/api/abilities')).json()).toEqual([]);
  });

  it('answers 400 to a path that is not valid percent-encoding, and logs no stack', async () => {
    fixture = serverFixture(tempFolder());
    for (const path of ['/%', '/%E0%A4%A', '/api/abilities/%', '/assets/%ZZ.js']) {
      const response = await fixture.request(path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'bad_url', message: expect.any(String) } });
    }
    expect(fixture.logged).toEqual([]);
  });

  it('never answers a path beginning with // with a redirect (it would leave for another host)', async () => {
    fixture = serverFixture(tempFolder());
    for (const path of ['//evil.example/x?token=abc', '/\\evil.example/x', '//evil.example']) {
      const response = await fixture.raw(path, { headers: { host: own }, redirect: 'manual' });
      expect(response.status, path).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });

  it('marks every API answer no-store, errors and the sign-in included', async () => {
    fixture = serverFixture(tempFolder());
    for (const response of [
      await fixture.request('/api/abilities'),
      await fixture.request('/api/goals/none'),
      await fixture.raw('/api/abilities', { headers: { host: own } }),
      await fixture.raw('/api/session', {
        method: 'POST',
        headers: { host: own, 'content-type': 'application/json' },
        body: JSON.stringify({ code: fixture.sessions.newCode() }),
      }),
    ])
      expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('sends the web app compressed to a browser that accepts gzip', async () => {
    fixture = serverFixture(tempFolder());
    const script = `console.log(${JSON.stringify('a chops bundle '.repeat(400))})`;
    writeFileSync(`${fixture.home}/web/assets/big.js`, script);
    const response = await fixture.raw('/assets/big.js', {
      headers: { host: own, 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBeLessThan(script.length / 4);
    expect(gunzipSync(bytes).toString('utf8')).toBe(script);
  });
});
