import type { ModelStatus } from '../../adapters/models/model-status.js';
import type { ModelVariable, ProviderDescriptor } from '../../adapters/models/provider-descriptor.js';

/** What the settings page shows, gathered by the settings route. */
interface SettingsFacts {
  readonly model: ModelStatus;
  /** The model saved in the config file. */
  readonly configModel: string | undefined;
  readonly domain: string;
  readonly masteryDays: number | undefined;
  /** The server's environment: only whether each model variable is set leaves this function. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Every provider, from the registry. */
  readonly providers: readonly ProviderDescriptor[];
  /** Every variable of the model layer, from the registry. */
  readonly variables: readonly ModelVariable[];
  readonly localModels: readonly { name: string; size: number; isDefault: boolean }[];
  readonly dataFolder: string;
}

/**
 * `GET /api/settings`: which model applies and why, the providers and their variables (whether each is
 * set, never a value), the local models and the data folder.
 */
export function settingsJson(facts: SettingsFacts) {
  const isSet = (name: string) => Boolean(facts.env[name]?.trim());
  return {
    model: facts.model,
    configModel: facts.configModel ?? null,
    domain: facts.domain,
    masteryDays: facts.masteryDays ?? null,
    environment: Object.fromEntries(facts.variables.map(({ name }) => [name, isSet(name)])) as Record<
      string,
      boolean
    >,
    providers: facts.providers.map((provider) => ({
      name: provider.name,
      summary: provider.summary,
      example: provider.example,
      embeddings: provider.embeddings.kind,
    })),
    variables: facts.variables.map((variable) => ({
      name: variable.name,
      description: variable.description,
      provider: variable.provider,
      set: isSet(variable.name),
    })),
    localModels: facts.localModels.map((m) => ({ name: m.name, bytes: m.size, isDefault: m.isDefault })),
    dataFolder: facts.dataFolder,
  };
}
