import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { configKeys } from '../../../adapters/config/config-file.js';
import type { CliContext } from '../cli-context.js';
import { table } from '../output.js';
import { providerHelp } from '../provider-help.js';

/** `chops config`: the settings kept in the data folder's config file. API keys are never among them. */
export function configCommand(cli: CliContext): CommandUnknownOpts {
  const config = new Command('config')
    .description(`settings: ${configKeys.join(', ')}`)
    .addHelpText('after', providerHelp);

  config
    .command('list', { isDefault: true })
    .description('show all settings (the default)')
    .option('--json', 'print as JSON')
    .action((options, command) => {
      const app = cli.open(command);
      const values = app.config.read();
      if (options.json) return cli.output.json(values);
      cli.output.line(
        table(configKeys.map((key) => [key, String(values[key] ?? cli.output.colors.dim('(not set)'))])),
      );
      cli.output.line(cli.output.colors.dim(`file: ${app.config.path}`));
    });

  config
    .command('get')
    .description('print one setting')
    .argument('<key>', configKeys.join(' | '))
    .action((key, _options, command) => {
      const value = cli.open(command).config.get(key);
      if (value !== undefined) cli.output.line(String(value));
    });

  config
    .command('set')
    .description('change one setting')
    .argument('<key>', configKeys.join(' | '))
    .argument('<value>', 'the new value')
    .action((key, value, _options, command) => {
      const saved = cli.open(command).config.set(key, value);
      cli.output.line(`${key} = ${String(saved[key as keyof typeof saved])}`);
    });

  config
    .command('unset')
    .description('remove one setting, going back to the default')
    .argument('<key>', configKeys.join(' | '))
    .action((key, _options, command) => {
      cli.open(command).config.unset(key);
      cli.output.line(`${key} unset`);
    });

  return config;
}
