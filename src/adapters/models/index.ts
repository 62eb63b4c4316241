/**
 * The model layer: the registry of providers (one descriptor each, in providers/), naming a model
 * (`provider:model`), finding which one applies, opening its language model and embedder, and the
 * {@link AiSdkThinker} that gives use cases validated structured output.
 */
export type { EmbeddingModelV3, LanguageModelV3 } from '@ai-sdk/provider';
export { AiSdkThinker, type AiSdkThinkerOptions } from './ai-sdk-thinker.js';
export { type ModelName, modelNameSchema, parseModelName } from './model-name.js';
export type { ModelStatus } from './model-status.js';
export { durationSetting, parseDuration, resolveTimeouts } from './model-timeouts.js';
export { modelVariables, sharedModelVariables } from './model-variables.js';
export { openEmbedder } from './open-embedder.js';
export { openLanguageModel } from './open-language-model.js';
export type {
  ModelEnvironment,
  ModelTimeouts,
  ModelVariable,
  ProviderDescriptor,
  VariableDescription,
} from './provider-descriptor.js';
export { type ProviderName, providerNames, providerOf, providers } from './provider-registry.js';
export { isSecretVariable, redactSecrets, secretValues } from './redact.js';
export {
  type ConfiguredModelName,
  findConfiguredModelName,
  type ModelNameSources,
  NO_MODEL_MESSAGE,
  resolveModelName,
} from './resolve-model-name.js';
