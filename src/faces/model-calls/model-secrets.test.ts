import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { readEvents, serverFixture } from '../server/test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let provider: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (provider ? provider.close(() => resolve()) : resolve()));
  provider = undefined;
});

// A short key with dots: nothing like the shape a pattern would guess.
const key = 'ab.cd.1234';

/** An OpenAI-compatible server that refuses every request, quoting the key it was sent, as some do. */
async function echoingProvider(status: number): Promise<string> {
  provider = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const sent = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          error: {
            message: `Invalid API key provided: ${sent}. Check your key.`,
            type: 'invalid_request_error',
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => provider!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(provider!.address() as AddressInfo).port}/v1`;
}

const env = (baseUrl: string) => ({
  CHOPS_MODEL: 'openai-compatible:qwen2.5-7b-instruct',
  CHOPS_BASE_URL: baseUrl,
  CHOPS_API_KEY: key,
});

describe('secrets in model errors', () => {
  it.each([400, 403, 404, 422])('the CLI never prints the key a %s echoes', async (status) => {
    const home = tempFolder();
    const result = await runChops(['imagine', 'a waltz for my sister'], {
      home,
      env: env(await echoingProvider(status)),
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('[redacted]');
    expect(result.stderr).not.toContain(key);
  });

  it('the HTTP 502 body never carries the key', async () => {
    const fixture = serverFixture(tempFolder(), env(await echoingProvider(400)));
    const response = await fixture.request('/api/imagine', {
      method: 'POST',
      json: { goal: 'a waltz', count: 1 },
    });
    expect(response.status).toBe(502);
    const body = await response.text();
    expect(body).toContain('[redacted]');
    expect(body).not.toContain(key);
    await fixture.close();
  });
});

/** A provider that fails with a 500 first, then refuses every request with a 400. */
async function flakyProvider(): Promise<string> {
  let calls = 0;
  provider = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      calls++;
      response.writeHead(calls === 1 ? 500 : 400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: calls === 1 ? 'upstream crashed' : 'bad request' } }));
    });
  });
  await new Promise<void>((resolve) => provider!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(provider!.address() as AddressInfo).port}/v1`;
}

describe('retries', () => {
  it('are told as they happen, with the reason, in the terminal', async () => {
    const result = await runChops(['imagine', 'a waltz'], {
      home: tempFolder(),
      env: env(await flakyProvider()),
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('… the provider had a server error (500); trying again, 2 of 4');
  });

  it('and as progress events of a streamed API request', async () => {
    const fixture = serverFixture(tempFolder(), env(await flakyProvider()));
    const response = await fixture.request('/api/imagine', {
      method: 'POST',
      headers: { accept: 'text/event-stream' },
      json: { goal: 'a waltz', count: 1 },
    });
    const events = await readEvents(response);
    expect(events).toContainEqual({
      event: 'progress',
      data: { message: 'the provider had a server error (500); trying again, 2 of 4' },
    });
    expect(events.at(-1)?.event).toBe('error');
    await fixture.close();
  });
});

describe('secrets in streamed errors', () => {
  it('an embedding provider that echoes its key never gets it into an SSE error event', async () => {
    const baseUrl = await echoingProvider(401);
    const fixture = serverFixture(tempFolder(), {
      ...env(baseUrl),
      CHOPS_EMBED_MODEL: 'openai:text-embedding-3-small',
      OPENAI_BASE_URL: baseUrl,
      OPENAI_API_KEY: key,
    });
    const response = await fixture.request('/api/imagine', {
      method: 'POST',
      headers: { accept: 'text/event-stream' },
      json: { goal: 'a waltz', count: 1 },
    });
    const text = await response.text();
    expect(text).toContain('event: error');
    expect(text).not.toContain(key);
    await fixture.close();
  });
});

describe('one schema for model names', () => {
  it('refuses an unknown provider in the settings API with the list of providers', async () => {
    const fixture = serverFixture(tempFolder());
    const response = await fixture.request('/api/settings/model', {
      method: 'PUT',
      json: { model: 'gemini:pro' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain('Unknown model provider "gemini"');
    expect(body.error.message).toContain('anthropic, openai, openai-compatible, ollama, local');
    expect(fixture.app.config.read().model).toBeUndefined();
    await fixture.close();
  });

  it('refuses it in chops config set with the same message', async () => {
    const home = tempFolder();
    const result = await runChops(['config', 'set', 'model', 'gemini:pro'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown model provider "gemini"');
    expect(result.stderr).toContain('anthropic, openai, openai-compatible, ollama, local');
  });
});

describe('the timeout setting', () => {
  it('is kept by chops config set and refused when it is not a duration', async () => {
    const home = tempFolder();
    expect((await runChops(['config', 'set', 'timeout', '10m'], { home })).stdout).toBe('timeout = 10m\n');
    const bad = await runChops(['config', 'set', 'stall-timeout', 'soon'], { home });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('stall-timeout: a duration from 1s to 24h');
  });
});
