import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AiSdkThinker } from './ai-sdk-thinker.js';
import { openLanguageModel } from './open-language-model.js';
import { secretValues } from './redact.js';
import { expectModelError } from './test-support/expect-model-error.js';
import {
  type FakeProviderServer,
  fixture,
  jsonFixture,
  sseFixture,
  startFakeProviderServer,
} from './test-support/fake-provider-server.js';
import { TEST_API_KEY, wireProfiles } from './test-support/wire-profiles.js';

const ideasSchema = z.object({ ideas: z.array(z.object({ title: z.string(), reach: z.number() })) });
const expectedIdeas = {
  ideas: [
    { title: 'Play the melody in 7/8', reach: 0.7 },
    { title: 'Reharmonise the bridge with tritone substitutions', reach: 0.5 },
  ],
};
const request = {
  schema: ideasSchema,
  schemaName: 'ideas',
  system: 'You suggest ideas.',
  prompt: 'Ideas for Autumn Leaves.',
};

describe.each(wireProfiles)('$modelName over the wire', (profile) => {
  let server: FakeProviderServer;
  let sleep: ReturnType<typeof vi.fn<(milliseconds: number) => Promise<void>>>;

  beforeEach(async () => {
    server = await startFakeProviderServer();
    sleep = vi.fn(async (_milliseconds: number) => {});
  });
  afterEach(() => server.close());

  function thinker(options: { timeouts?: { totalMs: number; stallMs: number }; maxRetries?: number } = {}) {
    const model = openLanguageModel(profile.modelName, { env: profile.env(server.url) });
    return new AiSdkThinker({ modelName: profile.modelName, model, sleep, random: () => 0.5, ...options });
  }

  const failure = (promise: Promise<unknown>) => expectModelError(promise, profile.modelName);

  const ok = (name: string) => jsonFixture(`${profile.fixtures}/${name}.json`);
  const error = (status: number, headers: Record<string, string> = {}) =>
    jsonFixture(`${profile.fixtures}/error-${status}.json`, status, headers);

  it('parses the answer and sends the model id and the schema', async () => {
    server.enqueue(ok('success'));
    expect(await thinker().think(request)).toEqual(expectedIdeas);
    const [sent] = server.requests;
    expect(sent?.path).toBe(profile.path);
    expect(sent?.json.model).toBe(profile.modelId);
    expect(profile.schemaSent(sent!)).toMatchObject({
      type: 'object',
      required: ['ideas'],
      properties: { ideas: { items: { required: ['title', 'reach'] } } },
    });
    expect(JSON.stringify(sent?.json)).toContain('Ideas for Autumn Leaves.');
    const authentication = `${sent?.headers.authorization ?? ''}${sent?.headers['x-api-key'] ?? ''}`;
    expect(authentication.includes(TEST_API_KEY)).toBe(profile.sendsKey);
    // Local first: OpenAI is asked not to keep the response.
    if (profile.fixtures === 'openai') expect(sent?.json.store).toBe(false);
  });

  it('assembles a streamed answer and reports partial objects', async () => {
    server.enqueue(sseFixture(`${profile.fixtures}/stream.sse`));
    const partials: unknown[] = [];
    const result = await thinker().think({ ...request, onPartial: (partial) => partials.push(partial) });
    expect(result).toEqual(expectedIdeas);
    expect(server.requests[0]?.json.stream).toBe(true);
    expect(partials.length).toBeGreaterThan(3);
    expect(partials.at(-1)).toEqual(expectedIdeas);
  });

  it('retries a stream whose connection drops midway', async () => {
    const stream = sseFixture(`${profile.fixtures}/stream.sse`);
    server.enqueue({ ...stream, truncateAt: Math.floor((stream.body?.length ?? 0) / 2) }, stream);
    const result = await thinker().think({ ...request, onPartial: () => {} });
    expect(result).toEqual(expectedIdeas);
    expect(server.requests).toHaveLength(2);
    expect(sleep).toHaveBeenCalledTimes(1);
  });

  it('times out a stream that stalls midway, then retries', async () => {
    const stream = sseFixture(`${profile.fixtures}/stream.sse`);
    server.enqueue({ ...stream, stallAt: Math.floor((stream.body?.length ?? 0) / 2) }, stream);
    const partials: unknown[] = [];
    const result = await thinker({ timeouts: { totalMs: 10_000, stallMs: 300 } }).think({
      ...request,
      onPartial: (partial) => partials.push(partial),
    });
    expect(result).toEqual(expectedIdeas);
    expect(server.requests).toHaveLength(2);
    expect(partials.at(-1)).toEqual(expectedIdeas);
  });

  it('does not retry a refused key (401) and says so in one line', async () => {
    server.enqueue(error(401), ok('success'));
    const refused = await failure(thinker().think(request));
    expect(refused.message).toBe(`${profile.modelName}: the provider refused the API key (401)`);
    expect(server.requests).toHaveLength(1);
  });

  it('quotes a 400 without retrying and without the key the body echoes', async () => {
    server.enqueue(error(400));
    const rejected = await failure(thinker().think(request));
    expect(rejected.message).toMatch(/the provider rejected the request \(400\): .*\[redacted\]/);
    expect(fixture(`${profile.fixtures}/error-400.json`)).toContain(TEST_API_KEY);
    expect(server.requests).toHaveLength(1);
  });

  it('waits as long as a 429 asks, then succeeds', async () => {
    server.enqueue(error(429, profile.rateLimit.headers), ok('success'));
    expect(await thinker().think(request)).toEqual(expectedIdeas);
    expect(sleep.mock.calls.map(([milliseconds]) => milliseconds)).toEqual([profile.rateLimit.waitMs]);
    expect(server.requests).toHaveLength(2);
  });

  it('fails at once when a 429 asks for a longer wait than chops accepts', async () => {
    server.enqueue(error(429, { 'retry-after': '3600' }));
    const limited = await failure(thinker().think(request));
    expect(limited.message).toContain('asked to wait 3600 s before retrying, longer than chops waits (60 s)');
    expect(sleep).not.toHaveBeenCalled();
  });

  it('retries a 500 after a backoff, then succeeds', async () => {
    server.enqueue(error(500), ok('success'));
    expect(await thinker().think(request)).toEqual(expectedIdeas);
    // random() = 0.5: half of the first 1 s step plus a quarter of it.
    expect(sleep.mock.calls.map(([milliseconds]) => milliseconds)).toEqual([750]);
  });

  it('gives up after maxRetries when every attempt is a 500', async () => {
    server.enqueue(error(500), error(500), error(500), error(500));
    const broken = await failure(thinker({ maxRetries: 2 }).think(request));
    expect(broken.message).toBe(
      `${profile.modelName} failed after 3 attempts: the provider had a server error (500)`,
    );
    expect(server.requests).toHaveLength(3);
    expect(sleep.mock.calls.map(([milliseconds]) => milliseconds)).toEqual([750, 1500]);
  });

  it('ends a whole call that never answers at the command deadline, without retrying past it', async () => {
    server.enqueue({ hang: true }, ok('success'));
    const started = Date.now();
    const silent = await failure(thinker({ timeouts: { totalMs: 200, stallMs: 100 } }).think(request));
    expect(silent.message).toBe(
      `${profile.modelName}: no answer within 0.2 s, the time limit for a command (raise it with chops config set timeout or CHOPS_TIMEOUT)`,
    );
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('retries a stream that never starts after the stall limit, then stops at the deadline', async () => {
    server.enqueue({ hang: true }, { hang: true }, { hang: true }, { hang: true });
    const notes: string[] = [];
    const model = openLanguageModel(profile.modelName, { env: profile.env(server.url) });
    const subject = new AiSdkThinker({
      modelName: profile.modelName,
      model,
      sleep,
      random: () => 0.5,
      timeouts: { totalMs: 2_000, stallMs: 150 },
      onNote: (note) => notes.push(note),
    });
    const started = Date.now();
    const silent = await failure(subject.think({ ...request, onPartial: () => {} }));
    expect(silent.message).toContain('no answer within 2 s, the time limit for a command');
    expect(notes[0]).toBe('the answer stalled: nothing new for 0.2 s; trying again, 2 of 4');
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('ends a stream that drips slowly at the command deadline', async () => {
    const stream = sseFixture(`${profile.fixtures}/stream.sse`);
    server.enqueue({ ...stream, dripMs: 40 });
    const silent = await failure(
      thinker({ timeouts: { totalMs: 300, stallMs: 200 } }).think({ ...request, onPartial: () => {} }),
    );
    expect(silent.message).toContain('no answer within 0.3 s');
    expect(server.requests).toHaveLength(1);
  });

  it('says when it retries and why', async () => {
    server.enqueue(error(500), ok('success'));
    const notes: string[] = [];
    const model = openLanguageModel(profile.modelName, { env: profile.env(server.url) });
    const subject = new AiSdkThinker({
      modelName: profile.modelName,
      model,
      sleep,
      onNote: (n) => notes.push(n),
    });
    expect(await subject.think(request)).toEqual(expectedIdeas);
    expect(notes).toEqual(['the provider had a server error (500); trying again, 2 of 4']);
  });

  it('removes the actual key from an echoed error, whatever its shape', async () => {
    const key = 'k.short-9f';
    const body = fixture(`${profile.fixtures}/error-400.json`).replaceAll(TEST_API_KEY, key);
    server.enqueue({ status: 400, headers: { 'content-type': 'application/json' }, body });
    const env = { ...profile.env(server.url) };
    for (const name of Object.keys(env)) if (env[name] === TEST_API_KEY) env[name] = key;
    const model = openLanguageModel(profile.modelName, { env });
    const subject = new AiSdkThinker({
      modelName: profile.modelName,
      model,
      sleep,
      secrets: secretValues(env),
    });
    const rejected = await failure(subject.think(request));
    expect(rejected.message).toContain('(400)');
    if (profile.sendsKey) expect(body).toContain(key);
    expect(rejected.message).not.toContain(key);
  });

  it('retries when the connection drops in the middle of the body', async () => {
    const success = ok('success');
    server.enqueue({ ...success, truncateAt: Math.floor((success.body?.length ?? 0) / 2) }, success);
    expect(await thinker().think(request)).toEqual(expectedIdeas);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a body that is not JSON (a proxy error page), then succeeds', async () => {
    server.enqueue(
      { status: 200, headers: { 'content-type': 'text/html' }, body: fixture('proxy-error-page.html') },
      ok('success'),
    );
    expect(await thinker().think(request)).toEqual(expectedIdeas);
    expect(server.requests).toHaveLength(2);
  });

  it('asks for a repair when the answer violates the schema', async () => {
    server.enqueue(ok('wrong-shape'), ok('success'));
    expect(await thinker().think(request)).toEqual(expectedIdeas);
    expect(server.requests).toHaveLength(2);
    const repair = JSON.stringify(server.requests[1]?.json);
    expect(repair).toContain('ideas.0.reach');
    expect(repair).toContain('\\"reach\\":\\"far\\"');
  });

  it.each([
    ['whole', undefined],
    ['streamed', () => {}],
  ])('stops when the caller aborts a %s call in flight, without retrying', async (_kind, onPartial) => {
    server.enqueue({ hang: true }, ok('success'));
    const controller = new AbortController();
    const pending = thinker().think({ ...request, signal: controller.signal, onPartial });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    const cancelled = await failure(pending);
    expect(cancelled.code).toBe('cancelled');
    expect(server.requests).toHaveLength(1);
  });
});
