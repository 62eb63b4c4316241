import { modelVariables, providerNames, providers } from '../../adapters/models/index.js';
import { table } from './output.js';

/** The `--model` flag's help: what a model name looks like, with the providers of the registry. */
export const modelFlagHelp = `model to use, provider:model with provider one of ${providerNames.join(', ')} (default: $CHOPS_MODEL, else the config file)`;

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

/**
 * What `chops config --help` adds after the settings: each provider of the registry with an example,
 * and every environment variable the model layer reads.
 */
export function providerHelp(): string {
  const named = table(providers.map((provider) => [provider.example, provider.summary]));
  const variables = table(modelVariables().map((variable) => [variable.name, variable.description]));
  return [
    '',
    'Models are named provider:model, for example:',
    indent(named),
    '',
    'Environment variables (API keys are read from the environment only, never from the config file):',
    indent(variables),
  ].join('\n');
}
