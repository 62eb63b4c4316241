import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../domain/errors/index.js';
import { LocalEmbedder } from '../embeddings/local-embedder.js';
import { ProviderEmbedder } from '../embeddings/provider-embedder.js';
import { openEmbedder } from './open-embedder.js';
import { thrown } from './test-support/thrown.js';
import { TEST_API_KEY } from './test-support/wire-profiles.js';

describe('openEmbedder', () => {
  it('has none for Anthropic, and a local one only with a models folder', () => {
    expect(thrown(() => openEmbedder('anthropic:claude-sonnet-4-5', { env: {} })).message).toContain(
      'Anthropic offers no embedding models',
    );
    expect(thrown(() => openEmbedder('local:x', { env: {} }))).toBeInstanceOf(ModelError);
  });

  it('needs OPENAI_API_KEY for OpenAI', () => {
    expect(thrown(() => openEmbedder('openai:text-embedding-3-small', { env: {} })).message).toContain(
      'OPENAI_API_KEY',
    );
  });

  it('names the embedder by the normalised model name', () => {
    const env = { OPENAI_API_KEY: TEST_API_KEY };
    const embedder = openEmbedder(' OpenAI:text-embedding-3-small ', { env });
    expect(embedder).toBeInstanceOf(ProviderEmbedder);
    expect(embedder.model).toBe('openai:text-embedding-3-small');
  });

  it('runs local: embedding models in this process, from the embedding models folder', () => {
    const modelsDir = mkdtempSync(join(tmpdir(), 'chops-models-'));
    try {
      const missing = thrown(() => openEmbedder('local:bge', { env: {}, modelsDir }));
      expect(missing).toBeInstanceOf(ModelError);
      expect(missing.message).toContain('chops model pull');
      mkdirSync(join(modelsDir, 'embedding'));
      writeFileSync(join(modelsDir, 'embedding', 'bge.gguf'), 'GGUF');
      const embedder = openEmbedder('local:bge', { env: { CHOPS_EMBED_THREADS: '1' }, modelsDir });
      expect(embedder).toBeInstanceOf(LocalEmbedder);
      expect(embedder.model).toBe('local:bge');
    } finally {
      rmSync(modelsDir, { recursive: true, force: true });
    }
  });
});
