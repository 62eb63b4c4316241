import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { modelVariables, providers } from '../../../adapters/models/index.js';
import type { settingsJson } from '../../views/settings-json.js';
import { type ServerFixture, serverFixture } from '../test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let fixture: ServerFixture | undefined;
afterEach(() => fixture?.close());

describe('GET /api/settings', () => {
  it('lists every provider of the registry and every variable they read, set or not, never a value', async () => {
    const env = { OPENAI_API_KEY: 'sk-openai-secret-value', OLLAMA_HOST: '10.0.0.5:11434' };
    fixture = serverFixture(tempFolder(), env);
    const response = await fixture.request('/api/settings');
    const text = await response.text();
    expect(text).not.toContain(env.OPENAI_API_KEY);
    expect(text).not.toContain(env.OLLAMA_HOST);
    const settings = JSON.parse(text) as ReturnType<typeof settingsJson>;
    expect(settings.providers.map((provider) => provider.name)).toEqual(providers.map((p) => p.name));
    expect(settings.providers.find((p) => p.name === 'anthropic')?.embeddings).toBe('none');
    expect(settings.providers.find((p) => p.name === 'local')?.embeddings).toBe('in-process');
    const names = modelVariables().map((variable) => variable.name);
    expect(settings.variables.map((variable) => variable.name)).toEqual(names);
    expect(Object.keys(settings.environment)).toEqual(names);
    expect(settings.variables.find((v) => v.name === 'OPENAI_API_KEY')).toMatchObject({
      provider: 'openai',
      set: true,
      description: expect.stringContaining('API key'),
    });
    expect(settings.variables.find((v) => v.name === 'CHOPS_MODEL')).toMatchObject({
      provider: null,
      set: false,
    });
    expect(settings.environment).toMatchObject({ OPENAI_API_KEY: true, OLLAMA_HOST: true, CHOPS_GPU: false });
  });
});
