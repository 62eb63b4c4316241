import type { ModelEnvironment, ProviderContext, ProviderDescriptor } from './provider-descriptor.js';
import { anthropic } from './providers/anthropic.js';
import { local } from './providers/local.js';
import { ollama } from './providers/ollama.js';
import { openai } from './providers/openai.js';
import { openaiCompatible } from './providers/openai-compatible.js';

/** Every provider chops can talk to, in the order help texts list them. */
export const providers = [anthropic, openai, openaiCompatible, ollama, local] as const;

/** What comes before the colon of a model name. */
export type ProviderName = (typeof providers)[number]['name'];

/** The providers' names, in the registry's order. */
export const providerNames: readonly ProviderName[] = providers.map((provider) => provider.name);

export function isProviderName(value: string): value is ProviderName {
  return (providerNames as readonly string[]).includes(value);
}

/** The descriptor of `name`. */
export function providerOf(name: ProviderName): ProviderDescriptor {
  return providers.find((provider) => provider.name === name)!;
}

/** The context a provider's factories get: its own variables only, so it cannot read another's. */
export function providerContext(
  provider: ProviderDescriptor,
  environment: ModelEnvironment,
): ProviderContext {
  const env = Object.fromEntries(
    Object.keys(provider.variables).flatMap((variable) => {
      const value = environment.env[variable];
      return value === undefined ? [] : [[variable, value]];
    }),
  );
  return { ...environment, env };
}
