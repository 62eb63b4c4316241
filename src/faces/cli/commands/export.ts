import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { exportDocument } from '../../../usecases/transfer/export-document.js';
import type { CliContext } from '../cli-context.js';
import { terminalSafeLine } from '../terminal-text.js';
import { writeOutputFile } from './write-output-file.js';

/** `chops export`: everything chops keeps, as one versioned JSON document. */
export function exportCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('export')
    .description('write everything (repertoire, ideas, artifacts, practice, DAT scores) as one JSON document')
    .option(
      '-o, --out <file>',
      'write to this regular file (replaced whole, never left half-written; - for stdout) instead of stdout',
    )
    .action(async (options, command) => {
      const app = cli.open(command);
      // Read in one transaction, so that a review landing mid-export cannot leave a card and its log apart.
      const document = app.db.transaction(() => exportDocument(app.deps.transfer()))();
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (options.out === undefined || options.out === '-') {
        cli.io.stdout.write(text);
        return;
      }
      const path = await writeOutputFile(options.out, text, { home: app.home, stdout: cli.io.stdout });
      const { abilities, goals, artifacts, tricks, reviews, datScores } = document;
      cli.output.line(
        `Exported ${abilities.length} abilities, ${goals.length} goals, ${goals.reduce((n, g) => n + g.ideas.length, 0)} ideas, ` +
          `${artifacts.length} artifacts, ${tricks.length} tricks, ${reviews.length} reviews and ${datScores.length} DAT scores to ${terminalSafeLine(path)}`,
      );
    });
}
