import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { sayNotYet } from '../../../usecases/recognition/answers.js';
import { notYetJson } from '../../views/checklist-json.js';
import type { CliContext } from '../cli-context.js';
import { readNameList } from '../read-list.js';
import { terminalSafeLine } from '../terminal-text.js';

/** `chops lack <ability>...`: "not yet" to abilities chops asked about; it will not ask again. */
export function lackCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('lack')
    .description('say you cannot do these yet (chops remembers, and stops asking)')
    .argument('[abilities...]', 'ability names, each quoted if it has spaces')
    .option('-f, --from <file>', 'read names from a file, one per line (- for standard input)')
    .option('--json', 'print the outcome as JSON')
    .action(async (names, options, command) => {
      const app = cli.open(command);
      const all = [...names, ...(options.from ? await readNameList(options.from, cli.io.stdin) : [])];
      const remembered = await sayNotYet(all, await app.deps.repertoire());
      if (options.json) return cli.output.json(notYetJson(remembered));
      for (const name of remembered)
        cli.output.line(
          `${cli.output.colors.dim('-')} ${terminalSafeLine(`"${name}": not yet (chops will not ask again)`)}`,
        );
    });
}
