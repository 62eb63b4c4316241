/**
 * The model layer: naming a model (`provider:model`), finding which one applies, building AI SDK models
 * for each provider, and the {@link AiSdkThinker} that gives use cases validated structured output.
 */
export { AiSdkThinker, type AiSdkThinkerOptions } from './ai-sdk-thinker.js';
export {
  createEmbeddingModel,
  type EmbeddingModelFactory,
  embeddingModelFactories,
} from './create-embedding-model.js';
export {
  createLanguageModel,
  type LanguageModelFactory,
  languageModelFactories,
} from './create-language-model.js';
export {
  type ModelName,
  modelNameSchema,
  PROVIDERS,
  type ProviderName,
  parseModelName,
} from './model-name.js';
export {
  defaultTimeouts,
  durationSetting,
  type ModelTimeouts,
  parseDuration,
  resolveTimeouts,
} from './model-timeouts.js';
export type { EmbeddingModelV3, LanguageModelV3, ModelEnvironment } from './model-types.js';
export { DEFAULT_OLLAMA_HOST } from './provider-environment.js';
export { redactSecrets, secretValues } from './redact.js';
export {
  type ConfiguredModelName,
  findConfiguredModelName,
  type ModelNameSources,
  NO_MODEL_MESSAGE,
  resolveModelName,
} from './resolve-model-name.js';
