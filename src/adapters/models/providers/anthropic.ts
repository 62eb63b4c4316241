import { createAnthropic } from '@ai-sdk/anthropic';
import { defineProvider } from '../provider-descriptor.js';
import { baseUrlFrom, requireApiKey } from '../provider-environment.js';

const minute = 60_000;

/** Anthropic's Claude models over the Messages API. */
export const anthropic = defineProvider({
  name: 'anthropic',
  summary: "Anthropic's Claude models",
  example: 'anthropic:claude-sonnet-4-5',
  variables: {
    ANTHROPIC_API_KEY: { description: 'the API key for anthropic: models', secret: true, required: true },
    ANTHROPIC_BASE_URL: { description: 'another address of the Anthropic API (a proxy)' },
  },
  timeouts: { totalMs: 5 * minute, stallMs: 1 * minute },
  languageModel: (name, { env, fetch }) =>
    createAnthropic({
      apiKey: requireApiKey(env, 'ANTHROPIC_API_KEY', name),
      // Passed explicitly so the SDK never falls back to reading process.env on its own.
      baseURL: baseUrlFrom(env, 'ANTHROPIC_BASE_URL', name, 'https://api.anthropic.com/v1'),
      ...(fetch && { fetch }),
    }).languageModel(name.model),
  embeddings: { kind: 'none', reason: 'Anthropic offers no embedding models' },
});
