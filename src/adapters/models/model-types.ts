import type { AnthropicProvider } from '@ai-sdk/anthropic';
import type { OpenAIProvider } from '@ai-sdk/openai';

// `ai` does not re-export the v3 specification types and `@ai-sdk/provider` is not one of our declared
// dependencies, so the types are taken from what the providers return.

/** The AI SDK language model specification (v3) that every provider returns. */
export type LanguageModelV3 = ReturnType<AnthropicProvider['languageModel']>;

/** The AI SDK embedding model specification (v3). */
export type EmbeddingModelV3 = ReturnType<OpenAIProvider['embeddingModel']>;

/** What a model factory needs besides the name: the environment, and a `fetch` tests can swap. */
export interface ModelEnvironment {
  /** Where API keys and base URLs are read from; keys are never read from anywhere else. */
  env: Readonly<Record<string, string | undefined>>;
  fetch?: typeof globalThis.fetch;
  /** Where `local:` models live (`<data folder>/models`); needed only for `local:`. */
  modelsDir?: string;
  /** How to run `local:` models (threads, context size); node-llama-cpp decides when unset. */
  localOptions?: { threads?: number; contextSize?: number };
}
