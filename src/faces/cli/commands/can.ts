import { Command, type CommandUnknownOpts, Option } from '@commander-js/extra-typings';
import { abilityKinds, parseAbilityKind } from '../../../domain/ability.js';
import { nameKey } from '../../../domain/ability-name.js';
import { UsageError } from '../../../domain/errors/index.js';
import { confirmSame, remapAffected } from '../../../usecases/recognition/answers.js';
import { addAbilities } from '../../../usecases/repertoire/add-abilities.js';
import { aliasOutcomeJson, outcomeJson } from '../../views/ability-json.js';
import { describeOutcome } from '../ability-view.js';
import { describeAnswers } from '../checklist-prompt.js';
import type { CliContext } from '../cli-context.js';
import { readNameList } from '../read-list.js';
import { terminalSafeLine } from '../terminal-text.js';

/** `chops can <ability>...`: the person says they can do these, unaided. */
export function canCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('can')
    .description('add abilities you have (merging ones already there); makes a lent ability your own')
    .argument('[abilities...]', 'ability names, each quoted if it has spaces')
    .option('-d, --domain <domain>', 'domain of the abilities (default: your first domain)')
    .addOption(new Option('-k, --kind <kind>', 'kind of ability').choices(abilityKinds))
    .option('-s, --summary <text>', 'a one-line summary (for a single ability)')
    .option('-f, --from <file>', 'read names from a file, one per line (- for standard input)')
    .option(
      '--as <ability>',
      'the name is an ability you already have, under another name (kept as an alias)',
    )
    .option('--json', 'print the outcome as JSON')
    .action(async (names, options, command) => {
      const app = cli.open(command);
      const all = [...names, ...(options.from ? await readNameList(options.from, cli.io.stdin) : [])];
      const deps = await app.deps.checklist();
      if (options.as !== undefined) {
        if (all.length !== 1)
          throw new UsageError('--as takes exactly one name: chops can "<name>" --as "<your ability>"');
        const same = confirmSame(all[0]!, options.as, { domain: options.domain }, deps);
        const remapped = await remapAffected({ names: [same.name], abilityIds: [same.ability.id] }, deps);
        if (options.json) return cli.output.json(aliasOutcomeJson(same.name, same.ability, remapped.length));
        cli.output.line(terminalSafeLine(`"${same.name}" is now known as your "${same.ability.name}"`));
        for (const line of describeAnswers({ owned: [], confirmed: [], notYet: [], remapped }))
          cli.output.line(line);
        return;
      }
      const outcomes = await addAbilities(
        {
          names: all,
          domain: app.defaultDomain(options.domain),
          ...(options.kind ? { kind: parseAbilityKind(options.kind) } : {}),
          ...(options.summary !== undefined ? { summary: options.summary } : {}),
        },
        deps,
      );
      for (const outcome of outcomes)
        for (const key of [outcome.ability.key, nameKey(outcome.name)]) deps.store.forgetNotYet(key);
      // What the person now says they can do may turn ideas they were shown into solo ones.
      const remapped = await remapAffected(
        { names: outcomes.map((o) => o.name), abilityIds: outcomes.map((o) => o.ability.id) },
        deps,
      );
      if (options.json) return cli.output.json(outcomes.map(outcomeJson));
      for (const outcome of outcomes) {
        const mark = outcome.outcome === 'added' ? cli.output.colors.green('+') : cli.output.colors.dim('=');
        cli.output.line(`${mark} ${terminalSafeLine(describeOutcome(outcome))}`);
      }
      for (const line of describeAnswers({ owned: [], confirmed: [], notYet: [], remapped }))
        cli.output.line(line);
    });
}
