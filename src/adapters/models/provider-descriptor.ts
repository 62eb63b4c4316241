import type { EmbeddingModelV3, LanguageModelV3, SharedV3ProviderOptions } from '@ai-sdk/provider';
import type { Embedder } from '../../domain/ports/embedder.js';

/** How long chops waits on a model. */
export interface ModelTimeouts {
  /** The model time one command may use in all: every call, retry and repair together. */
  readonly totalMs: number;
  /** A streamed answer that sends nothing new for this long is given up and retried. */
  readonly stallMs: number;
}

/** The part of a model name a provider needs: the model id and the whole name, for messages. */
export interface ModelId {
  /** Everything after the first colon. */
  readonly model: string;
  /** `provider:model`, normalised. */
  readonly text: string;
}

/** One environment variable a provider reads. */
export interface VariableDescription {
  /** What it holds, in a few words; the settings page and `chops config --help` show it. */
  readonly description: string;
  /** Its value is a secret (a key): hidden from every message, never sent to the web page. */
  readonly secret?: true | undefined;
  /** The provider cannot work without it. */
  readonly required?: true | undefined;
}

/** An environment variable of the model layer, and the provider that reads it (null: all of them). */
export interface ModelVariable extends VariableDescription {
  readonly name: string;
  readonly provider: string | null;
}

/** The environment as a provider sees it: only the variables it declares. */
export type ProviderEnv<V extends string> = Readonly<Partial<Record<V, string>>>;

/** What a provider's factories get besides the model name. */
export interface ProviderContext<V extends string = string> {
  readonly env: ProviderEnv<V>;
  /** A `fetch` tests can swap. */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Where `local:` models live (`<data folder>/models`). */
  readonly modelsDir?: string | undefined;
  /** How to run `local:` models (threads, context size); node-llama-cpp decides when unset. */
  readonly localOptions?: { threads?: number; contextSize?: number } | undefined;
}

/** What opening a model needs besides its name: the whole environment, of which each provider sees its own variables. */
export interface ModelEnvironment extends Omit<ProviderContext, 'env'> {
  /** Where API keys and base URLs are read from; keys are never read from anywhere else. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** How a provider embeds text, if it does. */
export type EmbeddingSupport<V extends string = string> =
  /** It has no embedding models; `reason` says so in a message. */
  | { readonly kind: 'none'; readonly reason: string }
  /** An AI SDK embedding model, called through the SDK's `embedMany`. */
  | { readonly kind: 'provider'; model(name: ModelId, context: ProviderContext<V>): EmbeddingModelV3 }
  /** An embedder that runs in this process. */
  | { readonly kind: 'in-process'; embedder(name: ModelId, context: ProviderContext<V>): Embedder };

/**
 * Everything chops knows about one provider. The CLI's help, the config file's model names, the settings
 * API (and through it the web page), the model factories and the timeouts all read these, so adding a
 * provider is one descriptor in providers/, one line in the registry, its wire fixtures and its tests.
 */
export interface ProviderDescriptor<N extends string = string, V extends string = string> {
  /** What comes before the colon in `provider:model`. */
  readonly name: N;
  /** One line for help texts: what the provider reaches. */
  readonly summary: string;
  /** A model name that works with it, for help texts. */
  readonly example: string;
  /** Every environment variable it reads; its factories are given only these. */
  readonly variables: { readonly [K in V]: VariableDescription };
  /** How long chops waits on it unless the person says otherwise. */
  readonly timeouts: ModelTimeouts;
  /** Settings sent with every call to its models (AI SDK `providerOptions`). */
  readonly callOptions?: { readonly providerOptions: SharedV3ProviderOptions } | undefined;
  /** Its language model for `name`; a ModelError naming the missing variable when one is unset. */
  languageModel(name: ModelId, context: ProviderContext<V>): LanguageModelV3;
  readonly embeddings: EmbeddingSupport<V>;
}

/** A descriptor, with its name and variables kept as literal types. */
export function defineProvider<const N extends string, const V extends string>(
  descriptor: ProviderDescriptor<N, V>,
): ProviderDescriptor<N, V> {
  return descriptor;
}
