import type { ModelVariable, VariableDescription } from './provider-descriptor.js';
import { providers } from './provider-registry.js';

/** The model layer's variables that belong to no one provider. */
export const sharedModelVariables = {
  CHOPS_MODEL: { description: 'the model to use, named provider:model (overrides the saved choice)' },
  CHOPS_EMBED_MODEL: {
    description: 'an embedding model, named provider:model; without one, a local one or word vectors',
  },
  CHOPS_TIMEOUT: { description: 'the model time one command may use (like 90s or 10m)' },
  CHOPS_STALL_TIMEOUT: { description: 'how long a streamed answer may send nothing new' },
} as const satisfies Record<string, VariableDescription>;

/** Every environment variable the model layer reads: the shared ones, then each provider's. */
export function modelVariables(): ModelVariable[] {
  const shared = Object.entries(sharedModelVariables).map(([name, variable]) => ({
    name,
    provider: null,
    ...variable,
  }));
  const own = providers.flatMap((provider) =>
    Object.entries(provider.variables).map(([name, variable]) => ({
      name,
      provider: provider.name,
      ...(variable as VariableDescription),
    })),
  );
  return [...shared, ...own];
}
