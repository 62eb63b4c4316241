import { compatibleServer } from '../compatible-server.js';
import { defineProvider, type ModelId, type ProviderContext } from '../provider-descriptor.js';
import { baseUrlFrom, optionalApiKey } from '../provider-environment.js';

const minute = 60_000;

function server(name: ModelId, { env, fetch }: ProviderContext<'CHOPS_BASE_URL' | 'CHOPS_API_KEY'>) {
  return compatibleServer(
    'openai-compatible',
    baseUrlFrom(env, 'CHOPS_BASE_URL', name),
    optionalApiKey(env, 'CHOPS_API_KEY'),
    fetch,
  );
}

/** Any server that speaks OpenAI's chat.completions: LM Studio, vLLM, llama.cpp's server. */
export const openaiCompatible = defineProvider({
  name: 'openai-compatible',
  summary: "a server that speaks OpenAI's chat.completions (LM Studio, vLLM, llama.cpp)",
  example: 'openai-compatible:qwen2.5-7b-instruct',
  variables: {
    CHOPS_BASE_URL: {
      description: 'the address of an OpenAI-compatible server (Ollama, LM Studio, vLLM, llama.cpp)',
      required: true,
    },
    CHOPS_API_KEY: { description: 'the key of that server, if it needs one', secret: true },
  },
  timeouts: { totalMs: 15 * minute, stallMs: 3 * minute },
  languageModel: (name, context) => server(name, context).chatModel(name.model),
  embeddings: {
    kind: 'provider',
    model: (name, context) => server(name, context).embeddingModel(name.model),
  },
});
