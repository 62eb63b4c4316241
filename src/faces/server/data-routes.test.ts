import { afterEach, describe, expect, it } from 'vitest';
import { distantNouns } from '../../../test/support/dat-words.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { type ServerFixture, serverFixture } from './test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let fixture: ServerFixture | undefined;
afterEach(() => fixture?.close());

function open(env?: NodeJS.ProcessEnv): ServerFixture {
  fixture = serverFixture(tempFolder(), env);
  return fixture;
}

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

describe('repertoire routes', () => {
  it('adds (merging duplicates), filters, renames, changes status and removes', async () => {
    const f = open();
    expect(await json(await f.request('/api/abilities'))).toEqual([]);
    const added = await f.request('/api/abilities', {
      method: 'POST',
      json: { names: ['fast Fourier transform', 'PCR'], domain: 'biology' },
    });
    expect(added.status).toBe(201);
    const outcomes = (await json(added)) as unknown as Json[];
    expect(outcomes.map((o) => o.outcome)).toEqual(['added', 'added']);
    const merged = (await json(
      await f.request('/api/abilities', { method: 'POST', json: { names: ['FFT'], domain: 'biology' } }),
    )) as unknown as Json[];
    expect(merged[0]).toMatchObject({ outcome: 'merged', ability: { name: 'fast Fourier transform' } });

    await f.request('/api/abilities', {
      method: 'POST',
      json: { names: ['rubato'], domain: 'jazz', status: 'lent' },
    });
    const lent = (await json(await f.request('/api/abilities?status=lent'))) as unknown as Json[];
    expect(lent.map((a) => a.name)).toEqual(['rubato']);
    const biology = (await json(await f.request('/api/abilities?domain=biology'))) as unknown as Json[];
    expect(biology).toHaveLength(2);

    const id = lent[0]!.id as string;
    const changed = await json(
      await f.request(`/api/abilities/${id}`, {
        method: 'PATCH',
        json: { name: 'rubato phrasing', status: 'own' },
      }),
    );
    expect(changed).toMatchObject({ id, name: 'rubato phrasing', status: 'own' });
    const removed = await f.request(`/api/abilities/${id}`, { method: 'DELETE' });
    expect(await json(removed)).toMatchObject({ id });
    expect((await f.request(`/api/abilities/${id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('merges one ability into another', async () => {
    const f = open();
    const added = await json(
      await f.request('/api/abilities', {
        method: 'POST',
        json: { names: ['tritone sub', 'tritone substitution'], domain: 'jazz' },
      }),
    );
    const [from, into] = added.map((outcome: { ability: { id: string } }) => outcome.ability.id);
    const merged = await json(
      await f.request(`/api/abilities/${from}/merge`, { method: 'POST', json: { into } }),
    );
    expect(merged).toMatchObject({ merged: { id: from }, into: { id: into, name: 'tritone substitution' } });
    expect((await json(await f.request('/api/abilities'))).map((a: { id: string }) => a.id)).toEqual([into]);
    expect((await f.request(`/api/abilities/${into}/merge`, { method: 'POST', json: { into } })).status).toBe(
      400,
    );
    expect((await f.request(`/api/abilities/${into}/merge`, { method: 'POST', json: {} })).status).toBe(400);
  });

  it('refuses bad input with 400, a wrong content type with 415, unknown abilities with 404', async () => {
    const f = open();
    const cases: [string, RequestInit & { json?: unknown }, number][] = [
      ['/api/abilities?status=great', {}, 400],
      ['/api/abilities', { method: 'POST', json: { names: [] } }, 400],
      ['/api/abilities', { method: 'POST', json: { names: ['   '] } }, 400],
      ['/api/abilities', { method: 'POST', json: { names: ['x'], kind: 'magic' } }, 400],
      ['/api/abilities', { method: 'POST', body: 'names=x', headers: { 'content-type': 'text/plain' } }, 415],
      [
        '/api/abilities',
        { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } },
        400,
      ],
      ['/api/abilities/nope', { method: 'PATCH', json: { status: 'own' } }, 404],
      ['/api/abilities/nope', { method: 'PATCH', json: {} }, 400],
    ];
    for (const [path, init, status] of cases) {
      const response = await f.request(path, init);
      expect(response.status, `${init.method ?? 'GET'} ${path}`).toBe(status);
      expect((await json(response)).error).toEqual({ code: expect.any(String), message: expect.any(String) });
    }
    expect(await json(await f.request('/api/abilities'))).toEqual([]);
  });
});

describe('DAT routes', () => {
  it('scores ten words without a model, keeps a scored list, and lists the history', async () => {
    const f = open();
    const words = distantNouns;
    const taken = await f.request('/api/dat', { method: 'POST', json: { words } });
    expect(taken.status).toBe(201);
    const result = await json(taken);
    expect(result.score).toBeGreaterThan(60);
    expect(result.valid).toHaveLength(7);
    expect(result.kept).toBe(true);
    const short = await json(
      await f.request('/api/dat', { method: 'POST', json: { words: ['cat', 'qzxv', 'dog'] } }),
    );
    expect(short).toMatchObject({ score: null, kept: false });
    expect(short.invalid[0]).toMatchObject({ entry: 'qzxv', explanation: expect.any(String) });
    const page = await json(await f.request('/api/dat'));
    expect(page.history).toHaveLength(1);
    expect(page.wordsAsked).toBe(10);
    expect(page.norm).toEqual({ typical: expect.any(Number), source: expect.stringContaining('Olson') });
    expect((await f.request('/api/dat', { method: 'POST', json: { words: [] } })).status).toBe(400);
    expect((await f.request('/api/dat', { method: 'POST', json: { words: 'cat' } })).status).toBe(400);
  });
});

describe('settings routes', () => {
  it('says which variables are set, never their values, and sets the model in the config file', async () => {
    const secret = 'sk-ant-very-secret-value';
    const f = open({ ANTHROPIC_API_KEY: secret });
    const response = await f.request('/api/settings');
    const text = await response.text();
    expect(text).not.toContain(secret);
    const settings = JSON.parse(text) as Json;
    expect(settings.environment).toMatchObject({ ANTHROPIC_API_KEY: true, OPENAI_API_KEY: false });
    expect(settings.model).toMatchObject({ configured: false });
    const set = await json(
      await f.request('/api/settings/model', {
        method: 'PUT',
        json: { model: 'anthropic:claude-sonnet-4-5' },
      }),
    );
    expect(set.model).toEqual({
      configured: true,
      name: 'anthropic:claude-sonnet-4-5',
      source: expect.any(String),
    });
    expect(f.app.config.read().model).toBe('anthropic:claude-sonnet-4-5');
    expect((await f.request('/api/settings/model', { method: 'PUT', json: { model: 'gpt' } })).status).toBe(
      400,
    );
    await f.request('/api/settings/model', { method: 'PUT', json: { model: null } });
    expect(f.app.config.read().model).toBeUndefined();
  });
});
