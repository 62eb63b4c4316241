import { z } from 'zod';
import { UserInputError } from '../../domain/errors/index.js';
import { isProviderName, type ProviderName, providerNames } from './provider-registry.js';

/** A model as the person named it: `provider:model`, split once and checked. */
export interface ModelName {
  readonly provider: ProviderName;
  /** Everything after the first colon, so ids with colons of their own (`ollama:llama3.2:3b`) survive. */
  readonly model: string;
  /** The name as written, for messages. */
  readonly text: string;
}

/**
 * Parses `provider:model`. Throws a one-line {@link UserInputError} for a missing colon, an empty part
 * or an unknown provider; the message lists the valid providers. `origin` says where the name came
 * from (`--model`, `CHOPS_MODEL`, the config file) so the person knows what to fix.
 */
export function parseModelName(text: string, origin?: string): ModelName {
  const trimmed = text.trim();
  const where = origin ? ` (from ${origin})` : '';
  const valid = `valid providers: ${providerNames.join(', ')}`;
  const colon = trimmed.indexOf(':');
  if (colon < 0) {
    throw new UserInputError(`Model name "${trimmed}"${where} must be provider:model; ${valid}.`);
  }
  const provider = trimmed.slice(0, colon).trim().toLowerCase();
  const model = trimmed.slice(colon + 1).trim();
  if (!isProviderName(provider)) {
    throw new UserInputError(`Unknown model provider "${provider}" in "${trimmed}"${where}; ${valid}.`);
  }
  if (model === '') {
    throw new UserInputError(`Model name "${trimmed}"${where} has no model after "${provider}:"; ${valid}.`);
  }
  return { provider, model, text: `${provider}:${model}` };
}

/**
 * The one schema for a model name wherever one comes in (the config file, the HTTP API): the name as
 * {@link parseModelName} normalises it, or the same one-line message listing the providers.
 */
export const modelNameSchema = z.string().transform((text, context) => {
  try {
    return parseModelName(text).text;
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});
