import type { LanguageModelV3 } from '@ai-sdk/provider';
import { defaultSettingsMiddleware, wrapLanguageModel } from 'ai';
import { type ModelName, parseModelName } from './model-name.js';
import type { ModelEnvironment } from './provider-descriptor.js';
import { providerContext, providerOf } from './provider-registry.js';

/**
 * The AI SDK language model for `provider:model` (a string is parsed first), built by the provider's
 * descriptor with the provider's call options applied to every call. API keys and base URLs come from
 * `environment.env` only. Throws a ModelError naming the missing variable, never its value.
 */
export function openLanguageModel(name: string | ModelName, environment: ModelEnvironment): LanguageModelV3 {
  const parsed = typeof name === 'string' ? parseModelName(name) : name;
  const provider = providerOf(parsed.provider);
  const model = provider.languageModel(parsed, providerContext(provider, environment));
  if (!provider.callOptions) return model;
  return wrapLanguageModel({
    model,
    middleware: defaultSettingsMiddleware({ settings: provider.callOptions }),
  });
}
