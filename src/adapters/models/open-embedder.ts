import { ModelError } from '../../domain/errors/index.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { ProviderEmbedder } from '../embeddings/provider-embedder.js';
import { type ModelName, parseModelName } from './model-name.js';
import type { ModelEnvironment } from './provider-descriptor.js';
import { providerContext, providerOf } from './provider-registry.js';

/**
 * The embedder for `provider:model` (e.g. `openai:text-embedding-3-small`, `ollama:nomic-embed-text`,
 * `local:bge-small-en-v1.5-q8_0`), as the provider's descriptor says: an AI SDK embedding model, one
 * run in this process, or a ModelError for providers without embeddings.
 */
export function openEmbedder(name: string | ModelName, environment: ModelEnvironment): Embedder {
  const parsed = typeof name === 'string' ? parseModelName(name) : name;
  const provider = providerOf(parsed.provider);
  const support = provider.embeddings;
  const context = providerContext(provider, environment);
  switch (support.kind) {
    case 'none':
      throw new ModelError(`${parsed.text} cannot embed text: ${support.reason}.`, { code: 'no_embeddings' });
    case 'provider':
      return new ProviderEmbedder({ modelName: parsed.text, model: support.model(parsed, context) });
    case 'in-process':
      return support.embedder(parsed, context);
  }
}
