import { compatibleServer } from '../compatible-server.js';
import { defineProvider, type ModelId, type ProviderContext } from '../provider-descriptor.js';
import { hostUrlFrom } from '../provider-environment.js';

const minute = 60_000;

/** Where Ollama listens unless `OLLAMA_HOST` says otherwise. */
const DEFAULT_OLLAMA_HOST = 'http://127.0.0.1:11434';

function server(name: ModelId, { env, fetch }: ProviderContext<'OLLAMA_HOST'>) {
  // OLLAMA_HOST is often written the way Ollama itself accepts it, without a scheme or /v1.
  const baseURL = hostUrlFrom(env, 'OLLAMA_HOST', name, DEFAULT_OLLAMA_HOST);
  return compatibleServer('ollama', baseURL, undefined, fetch);
}

/** A running Ollama, through its OpenAI-compatible endpoint. */
export const ollama = defineProvider({
  name: 'ollama',
  summary: 'a running Ollama',
  example: 'ollama:qwen2.5:7b',
  variables: {
    OLLAMA_HOST: { description: `where Ollama listens, for ollama: models (default ${DEFAULT_OLLAMA_HOST})` },
  },
  timeouts: { totalMs: 15 * minute, stallMs: 3 * minute },
  languageModel: (name, context) => server(name, context).chatModel(name.model),
  embeddings: {
    kind: 'provider',
    model: (name, context) => server(name, context).embeddingModel(name.model),
  },
});
