import { ModelError } from '../../domain/errors/index.js';
import { type ModelName, parseModelName } from './model-name.js';
import type { ProviderDescriptor } from './provider-descriptor.js';
import { providers } from './provider-registry.js';

/** Where a model name can come from, highest priority first. */
export interface ModelNameSources {
  /** The `--model` flag. */
  flag?: string;
  /** The process environment; only `CHOPS_MODEL` is read. */
  env: Readonly<Record<string, string | undefined>>;
  /** The `model` value of the config file. */
  config?: string;
}

/** The raw name that wins, and where it came from. */
export interface ConfiguredModelName {
  readonly name: string;
  readonly origin: '--model' | 'CHOPS_MODEL' | 'config';
}

/**
 * Shown when no model is configured: how to get one, in two lines at most, from the registry (the first
 * provider as the example, each other with the variables it needs; `local:` as the download).
 */
export const NO_MODEL_MESSAGE = noModelMessage();

function noModelMessage(): string {
  const needs = (provider: ProviderDescriptor) =>
    Object.entries(provider.variables).flatMap(([name, variable]) => (variable.required ? [name] : []));
  const [first, ...others] = providers.filter((provider) => provider.name !== 'local');
  const alternatives = others.map((provider) => {
    const variables = needs(provider);
    return `${provider.name}:<model>${variables.length ? ` with ${variables.join(' and ')}` : ''}`;
  });
  return (
    `No model configured. Set CHOPS_MODEL=${first!.example} and ${needs(first!).join(' and ')} ` +
    `(or ${alternatives.join(', ')}), or run chops config set model <provider:model>; or download a ` +
    'model that runs on your own CPU: chops model pull (about 1.1 GB, no account needed).'
  );
}

function present(value: string | undefined): string | undefined {
  // An empty flag or variable (`CHOPS_MODEL= chops ...`) means "not set", not "a model named ''".
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The model name that applies, without parsing it: `--model`, then `CHOPS_MODEL`, then the config
 * value. `undefined` when none is set, so the CLI can ask "is a model configured?" without throwing.
 */
export function findConfiguredModelName(sources: ModelNameSources): ConfiguredModelName | undefined {
  const flag = present(sources.flag);
  if (flag) return { name: flag, origin: '--model' };
  const env = present(sources.env.CHOPS_MODEL);
  if (env) return { name: env, origin: 'CHOPS_MODEL' };
  const config = present(sources.config);
  if (config) return { name: config, origin: 'config' };
  return undefined;
}

/**
 * Resolves and parses the model name: `--model`, then `CHOPS_MODEL`, then the config value. With none
 * set it throws a {@link ModelError} (exit 3) that says how to configure one; a malformed name throws
 * a UserInputError naming where it came from.
 */
export function resolveModelName(sources: ModelNameSources): ModelName {
  const found = findConfiguredModelName(sources);
  if (!found) throw new ModelError(NO_MODEL_MESSAGE, { code: 'no_model' });
  return parseModelName(found.name, found.origin);
}
