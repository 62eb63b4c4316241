import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbedder } from './open-embedder.js';
import {
  type FakeProviderServer,
  jsonFixture,
  startFakeProviderServer,
} from './test-support/fake-provider-server.js';
import { TEST_API_KEY } from './test-support/wire-profiles.js';

const cases = [
  {
    name: 'openai:text-embedding-3-small',
    env: (url: string) => ({ OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: `${url}/v1` }),
  },
  { name: 'openai-compatible:nomic-embed-text', env: (url: string) => ({ CHOPS_BASE_URL: `${url}/v1` }) },
  { name: 'ollama:nomic-embed-text', env: (url: string) => ({ OLLAMA_HOST: url }) },
];

describe.each(cases)('$name embeddings over the wire', ({ name, env }) => {
  let server: FakeProviderServer;
  beforeEach(async () => {
    server = await startFakeProviderServer();
  });
  afterEach(() => server.close());

  it('posts the texts to /v1/embeddings and returns one vector per text', async () => {
    server.enqueue(jsonFixture('openai/embeddings.json'));
    const embedder = openEmbedder(name, { env: env(server.url) });
    const embeddings = await embedder.embed(['swing feel', 'odd meter']);
    expect(embeddings).toHaveLength(2);
    expect(embeddings[0]).toHaveLength(8);
    expect(server.requests[0]?.path).toBe('/v1/embeddings');
    expect(server.requests[0]?.json).toMatchObject({
      model: name.slice(name.indexOf(':') + 1),
      input: ['swing feel', 'odd meter'],
    });
  });
});
