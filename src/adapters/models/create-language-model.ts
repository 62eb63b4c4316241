import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { ModelError } from '../../domain/errors/index.js';
import { createLocalLanguageModel } from '../local-model/index.js';
import { type ModelName, type ProviderName, parseModelName } from './model-name.js';
import type { LanguageModelV3, ModelEnvironment } from './model-types.js';
import { baseUrlFrom, ollamaBaseUrl, optionalApiKey, requireApiKey } from './provider-environment.js';

/** Builds the language model of one provider. */
export type LanguageModelFactory = (name: ModelName, environment: ModelEnvironment) => LanguageModelV3;

function compatibleChatModel(
  providerName: string,
  baseURL: string,
  apiKey: string | undefined,
  name: ModelName,
  environment: ModelEnvironment,
): LanguageModelV3 {
  return createOpenAICompatible({
    name: providerName,
    baseURL,
    ...(apiKey && { apiKey }),
    // Sends the JSON schema as `response_format: json_schema`; llama.cpp, vLLM, LM Studio and Ollama
    // turn it into a grammar, which small local models need to answer in shape at all.
    supportsStructuredOutputs: true,
    includeUsage: true,
    ...(environment.fetch && { fetch: environment.fetch }),
  }).chatModel(name.model);
}

/**
 * One factory per provider. Plugging in a provider (the embedded `local:` engine) means replacing its
 * entry here; nothing else changes.
 */
export const languageModelFactories: Readonly<Record<ProviderName, LanguageModelFactory>> = {
  anthropic: (name, { env, fetch }) =>
    createAnthropic({
      apiKey: requireApiKey(env, 'ANTHROPIC_API_KEY', name),
      // Passed explicitly so the SDK never falls back to reading process.env on its own.
      baseURL: baseUrlFrom(env, 'ANTHROPIC_BASE_URL', name, 'https://api.anthropic.com/v1'),
      ...(fetch && { fetch }),
    }).languageModel(name.model),
  openai: (name, { env, fetch }) =>
    // The Responses API: OpenAI's default for new models (some exist only there) and what `openai(id)`
    // picks. Servers that only speak chat.completions are reached through `openai-compatible:`.
    createOpenAI({
      apiKey: requireApiKey(env, 'OPENAI_API_KEY', name),
      baseURL: baseUrlFrom(env, 'OPENAI_BASE_URL', name, 'https://api.openai.com/v1'),
      ...(fetch && { fetch }),
    }).responses(name.model),
  'openai-compatible': (name, environment) =>
    compatibleChatModel(
      'openai-compatible',
      baseUrlFrom(environment.env, 'CHOPS_BASE_URL', name),
      optionalApiKey(environment.env, 'CHOPS_API_KEY'),
      name,
      environment,
    ),
  ollama: (name, environment) =>
    compatibleChatModel('ollama', ollamaBaseUrl(environment.env, name), undefined, name, environment),
  local: (name, { modelsDir, localOptions }) => {
    if (!modelsDir)
      throw new ModelError(`${name.text}: no models folder to look in`, { code: 'local_unavailable' });
    // node-llama-cpp itself is loaded only on the first call, so naming a local model costs nothing.
    return createLocalLanguageModel(name.model, { modelsDir, ...localOptions }) as unknown as LanguageModelV3;
  },
};

/**
 * The AI SDK language model for `provider:model` (a string is parsed first). API keys and base URLs
 * come from `environment.env` only. Throws a ModelError naming the missing variable, never its value.
 */
export function createLanguageModel(
  name: string | ModelName,
  environment: ModelEnvironment,
): LanguageModelV3 {
  const parsed = typeof name === 'string' ? parseModelName(name) : name;
  return languageModelFactories[parsed.provider](parsed, environment);
}
