import { Command, type CommandUnknownOpts, Option } from '@commander-js/extra-typings';
import { type Ability, abilityStatuses, parseAbilityStatus } from '../../../domain/ability.js';
import {
  mergeAbility,
  removeAbility,
  removeAlias,
  renameAbility,
  setAbilityStatus,
} from '../../../usecases/repertoire/change-ability.js';
import { abilityJson, mergedJson } from '../../views/ability-json.js';
import { statusColor } from '../ability-view.js';
import type { CliContext } from '../cli-context.js';
import { table } from '../output.js';
import { terminalSafeLine } from '../terminal-text.js';

/** `chops repertoire`: list the abilities, and rename, remove or change the status of one. */
export function repertoireCommand(cli: CliContext): CommandUnknownOpts {
  const repertoire = new Command('repertoire').description(
    'your abilities: list, rename, remove, change status',
  );

  repertoire
    .command('list', { isDefault: true })
    .description('list abilities (the default)')
    .option('-d, --domain <domain>', 'only this domain')
    .addOption(new Option('--status <status>', 'only this status').choices(abilityStatuses))
    .option('--json', 'print as JSON')
    .action((options, command) => {
      const app = cli.open(command);
      const status = options.status ? parseAbilityStatus(options.status) : undefined;
      const abilities = app.store.listAbilities({ domain: options.domain, status });
      if (options.json) return cli.output.json(abilities.map(abilityJson));
      printRepertoire(cli, abilities, Boolean(options.domain || options.status));
    });

  repertoire
    .command('rename')
    .description('rename an ability')
    .argument('<ability>', 'the ability (name or id)')
    .argument('<new-name>', 'its new name')
    .option('-d, --domain <domain>', 'the domain, when the name is in several')
    .option('--json', 'print as JSON')
    .action(async (reference, newName, options, command) => {
      const app = cli.open(command);
      const result = await renameAbility(reference, newName, options, await app.deps.repertoire());
      if (options.json) return cli.output.json(abilityJson(result.ability));
      cli.output.line(terminalSafeLine(`renamed "${result.before}" to "${result.ability.name}"`));
    });

  repertoire
    .command('merge')
    .description('merge an ability into another: its history, tricks, cards and mentions move over')
    .argument('<ability>', 'the ability to merge away (name or id)')
    .argument('<into>', 'the ability it becomes (name or id)')
    .option('-d, --domain <domain>', 'the domain, when a name is in several')
    .option('--json', 'print as JSON')
    .action((reference, into, options, command) => {
      const app = cli.open(command);
      const result = mergeAbility(reference, into, options, app.deps.abilityChanges());
      if (options.json) return cli.output.json(mergedJson(result));
      cli.output.line(
        terminalSafeLine(`merged "${result.merged.name}" into "${result.into.name}" (${result.into.status})`),
      );
    });

  repertoire
    .command('remove')
    .description('remove an ability and its history')
    .argument('<ability>', 'the ability (name or id)')
    .option('-d, --domain <domain>', 'the domain, when the name is in several')
    .option('--json', 'print as JSON')
    .action((reference, options, command) => {
      const app = cli.open(command);
      const removed = removeAbility(reference, options, app.deps.abilityChanges());
      if (options.json) return cli.output.json(abilityJson(removed));
      cli.output.line(terminalSafeLine(`removed "${removed.name}" (${removed.domain})`));
    });

  repertoire
    .command('status')
    .description('set the status of an ability: own, lent or learning')
    .argument('<ability>', 'the ability (name or id)')
    .addArgument(new Command().createArgument('<status>', 'the new status').choices(abilityStatuses))
    .option('-d, --domain <domain>', 'the domain, when the name is in several')
    .option('--json', 'print as JSON')
    .action((reference, status, options, command) => {
      const app = cli.open(command);
      const result = setAbilityStatus(
        reference,
        parseAbilityStatus(status),
        options,
        app.deps.abilityChanges(),
      );
      if (options.json) return cli.output.json(abilityJson(result.ability));
      const change =
        result.before === result.ability.status
          ? `is already ${result.before}`
          : `${result.before} → ${result.ability.status}`;
      cli.output.line(terminalSafeLine(`"${result.ability.name}" ${change}`));
    });

  repertoire
    .command('unalias')
    .description('forget a name an ability was known by (say, a model name chops matched wrongly)')
    .argument('<name>', 'the alias')
    .option('-d, --domain <domain>', 'the domain, when the alias is in several')
    .action((name, options, command) => {
      const app = cli.open(command);
      const { ability, alias } = removeAlias(name, options, app);
      cli.output.line(terminalSafeLine(`"${ability.name}" is no longer known as "${alias}"`));
    });

  return repertoire;
}

const aliasList = (aliases: readonly string[]) =>
  aliases.length > 3 ? `${aliases.slice(0, 3).join(', ')}, …` : aliases.join(', ');

/** The repertoire as a table, with counts by status. */
export function printRepertoire(cli: CliContext, abilities: readonly Ability[], filtered = false): void {
  const { colors } = cli.output;
  if (abilities.length === 0) {
    const matching = filtered ? ' matching that' : '';
    cli.output.line(`No abilities${matching} yet. Add some: chops can "an ability" --domain "your field"`);
    return;
  }
  cli.output.line(
    table(
      abilities.map((a) => [
        { text: a.status, color: statusColor(colors, a.status) },
        a.aliases?.length ? `${a.name} ${colors.dim(`(also ${aliasList(a.aliases)})`)}` : a.name,
        { text: a.domain, color: colors.dim },
        { text: a.kind, color: colors.dim },
        a.summary,
      ]),
      { header: ['status', 'ability', 'domain', 'kind', 'summary'].map((h) => colors.bold(h)) },
    ),
  );
  const counts = abilityStatuses.map((s) => `${abilities.filter((a) => a.status === s).length} ${s}`);
  cli.output.line(colors.dim(`${abilities.length} abilities: ${counts.join(', ')}`));
}
