import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbedder } from './open-embedder.js';
import {
  type FakeProviderServer,
  jsonFixture,
  startFakeProviderServer,
} from './test-support/fake-provider-server.js';
import { embeddingWireProfiles } from './test-support/wire-profiles.js';

describe.each(embeddingWireProfiles)('$name embeddings over the wire', ({ name, env }) => {
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
