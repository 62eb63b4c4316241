import { createOpenAI } from '@ai-sdk/openai';
import { defineProvider, type ModelId, type ProviderContext } from '../provider-descriptor.js';
import { baseUrlFrom, requireApiKey } from '../provider-environment.js';

const minute = 60_000;

type Variable = 'OPENAI_API_KEY' | 'OPENAI_BASE_URL';

function openAI(name: ModelId, { env, fetch }: ProviderContext<Variable>) {
  return createOpenAI({
    apiKey: requireApiKey(env, 'OPENAI_API_KEY', name),
    baseURL: baseUrlFrom(env, 'OPENAI_BASE_URL', name, 'https://api.openai.com/v1'),
    ...(fetch && { fetch }),
  });
}

/** OpenAI's models over the Responses API, and its embedding models. */
export const openai = defineProvider({
  name: 'openai',
  summary: "OpenAI's models, through the Responses API",
  example: 'openai:gpt-4.1-mini',
  variables: {
    OPENAI_API_KEY: { description: 'the API key for openai: models', secret: true, required: true },
    OPENAI_BASE_URL: { description: 'another address of the OpenAI API (a proxy)' },
  },
  timeouts: { totalMs: 5 * minute, stallMs: 1 * minute },
  // Local first: the Responses API keeps responses on OpenAI's side unless told not to.
  callOptions: { providerOptions: { openai: { store: false } } },
  // The Responses API: OpenAI's default for new models (some exist only there) and what `openai(id)`
  // picks. Servers that only speak chat.completions are reached through `openai-compatible:`.
  languageModel: (name, context) => openAI(name, context).responses(name.model),
  embeddings: {
    kind: 'provider',
    model: (name, context) => openAI(name, context).embeddingModel(name.model),
  },
});
