import { Command, Option } from 'commander';
import { abilityKinds, parseAbilityKind } from '../../../domain/ability.js';
import { addAbilities } from '../../../usecases/repertoire/add-abilities.js';
import { describeOutcome, outcomeJson } from '../ability-view.js';
import type { CliContext } from '../cli-context.js';
import { readNameList } from '../read-list.js';
import { terminalSafeLine } from '../terminal-text.js';

interface CanOptions {
  domain?: string;
  kind?: string;
  summary?: string;
  from?: string;
  json?: boolean;
}

/** `chops can <ability>...`: the person says they can do these, unaided. */
export function canCommand(cli: CliContext): Command {
  return new Command('can')
    .description('add abilities you have (merging ones already there); makes a lent ability your own')
    .argument('[abilities...]', 'ability names, each quoted if it has spaces')
    .option('-d, --domain <domain>', 'domain of the abilities (default: your first domain)')
    .addOption(new Option('-k, --kind <kind>', 'kind of ability').choices(abilityKinds))
    .option('-s, --summary <text>', 'a one-line summary (for a single ability)')
    .option('-f, --from <file>', 'read names from a file, one per line (- for standard input)')
    .option('--json', 'print the outcome as JSON')
    .action(async (names: string[], options: CanOptions, command: Command) => {
      const app = cli.open(command);
      const all = [...names, ...(options.from ? await readNameList(options.from, cli.io.stdin) : [])];
      const outcomes = await addAbilities(
        {
          names: all,
          domain: app.defaultDomain(options.domain),
          ...(options.kind ? { kind: parseAbilityKind(options.kind) } : {}),
          ...(options.summary !== undefined ? { summary: options.summary } : {}),
        },
        await app.repertoire(),
      );
      if (options.json) return cli.output.json(outcomes.map(outcomeJson));
      for (const outcome of outcomes) {
        const mark = outcome.outcome === 'added' ? cli.output.colors.green('+') : cli.output.colors.dim('=');
        cli.output.line(`${mark} ${terminalSafeLine(describeOutcome(outcome))}`);
      }
    });
}
