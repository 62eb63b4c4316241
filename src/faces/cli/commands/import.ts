import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { readBounded, readStreamBounded } from '../../../adapters/files/bounded-read.js';
import { importDocument } from '../../../usecases/transfer/import-document.js';
import { parseDocument } from '../../../usecases/transfer/parse-document.js';
import type { CliContext } from '../cli-context.js';
import { terminalSafeLine } from '../terminal-text.js';

/** An export of years of use is tens of megabytes; a file far past that is not one. */
const maxImportBytes = 256 * 1024 * 1024;

/** `chops import FILE`: restores an export, merging with what chops has, all of it or nothing. */
export function importCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('import')
    .description('restore a chops export (- for standard input), merging with what is here; all or nothing')
    .argument('<file>', 'a file written by chops export, or - for standard input')
    .option('--json', 'print what was added as JSON')
    .action(async (file, options, command) => {
      const source = file === '-' ? 'standard input' : file;
      const limits = { maxBytes: maxImportBytes, what: 'a chops export' };
      const bytes =
        file === '-'
          ? await readStreamBounded(cli.io.stdin, source, limits)
          : await readBounded(file, limits);
      const text = bytes.toString('utf8');
      // The whole file is checked before the database is even opened.
      const document = parseDocument(text, terminalSafeLine(source));
      const app = cli.open(command);
      const summary = importDocument(document, app.deps.transfer());
      if (options.json) return cli.output.json(summary);
      const added = Object.entries(summary.added)
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => `${count} ${kind === 'datScores' ? 'DAT scores' : kind}`);
      cli.output.line(
        added.length ? `Imported ${added.join(', ')}.` : 'Nothing new: chops already had all of it.',
      );
      const { mergedAbilities, updated, renamed } = summary;
      if (renamed > 0)
        cli.output.line(
          `${renamed} records had ids chops already uses for other records; they were imported under new ids.`,
        );
      if (mergedAbilities > 0)
        cli.output.line(`${mergedAbilities} abilities were already here under another id and were merged.`);
      if (updated.abilities + updated.cards > 0)
        cli.output.line(`Updated from newer copies: ${updated.abilities} abilities, ${updated.cards} cards.`);
    });
}
