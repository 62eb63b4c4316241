import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { ModelError } from '../../domain/errors/index.js';
import { type ModelName, type ProviderName, parseModelName } from './model-name.js';
import type { EmbeddingModelV3, ModelEnvironment } from './model-types.js';
import { baseUrlFrom, ollamaBaseUrl, optionalApiKey, requireApiKey } from './provider-environment.js';

/** Builds the embedding model of one provider. */
export type EmbeddingModelFactory = (name: ModelName, environment: ModelEnvironment) => EmbeddingModelV3;

function noEmbeddings(reason: string): EmbeddingModelFactory {
  return (name) => {
    throw new ModelError(`${name.text} cannot embed text: ${reason}.`, { code: 'no_embeddings' });
  };
}

/** One factory per provider; providers without embeddings say so (the caller falls back to word vectors). */
export const embeddingModelFactories: Readonly<Record<ProviderName, EmbeddingModelFactory>> = {
  anthropic: noEmbeddings('Anthropic offers no embedding models'),
  openai: (name, { env, fetch }) =>
    createOpenAI({
      apiKey: requireApiKey(env, 'OPENAI_API_KEY', name),
      baseURL: baseUrlFrom(env, 'OPENAI_BASE_URL', name, 'https://api.openai.com/v1'),
      ...(fetch && { fetch }),
    }).embeddingModel(name.model),
  'openai-compatible': (name, { env, fetch }) => {
    const apiKey = optionalApiKey(env, 'CHOPS_API_KEY');
    return createOpenAICompatible({
      name: 'openai-compatible',
      baseURL: baseUrlFrom(env, 'CHOPS_BASE_URL', name),
      ...(apiKey && { apiKey }),
      ...(fetch && { fetch }),
    }).embeddingModel(name.model);
  },
  ollama: (name, { env, fetch }) =>
    createOpenAICompatible({
      name: 'ollama',
      baseURL: ollamaBaseUrl(env, name),
      ...(fetch && { fetch }),
    }).embeddingModel(name.model),
  local: noEmbeddings('the embedded local model is not available in this version of chops'),
};

/**
 * The AI SDK embedding model for `provider:model` (e.g. `openai:text-embedding-3-small`,
 * `ollama:nomic-embed-text`). Throws a ModelError for providers without embeddings.
 */
export function createEmbeddingModel(
  name: string | ModelName,
  environment: ModelEnvironment,
): EmbeddingModelV3 {
  const parsed = typeof name === 'string' ? parseModelName(name) : name;
  return embeddingModelFactories[parsed.provider](parsed, environment);
}
