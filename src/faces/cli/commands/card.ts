import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { NotFoundError, UsageError } from '../../../domain/errors/index.js';
import { cardSource, sourceLine } from '../../../usecases/cards/card-source.js';
import { deleteCard, editCard, setCardSuspended } from '../../../usecases/cards/change-card.js';
import { cardDeletedJson, cardJson } from '../../views/card-json.js';
import type { CliContext } from '../cli-context.js';
import { terminalSafe, terminalSafeLine } from '../terminal-text.js';

/**
 * `chops card <id>`: one practice card with where it came from and its history; with options, the card
 * edited, suspended, brought back or deleted (each change kept in its history).
 */
export function cardCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('card')
    .description('show a practice card with its source and history; edit, suspend, unsuspend or delete it')
    .argument('<card-id>', 'the card (from chops practice --json)')
    .option('--prompt <text>', 'new prompt (question or task)')
    .option('--answer <text>', 'new answer')
    .option('--check <text>', 'new check for an apply card ("" removes it)')
    .option('--suspend', 'never due, left out of mastery')
    .option('--unsuspend', 'due again as scheduled')
    .option('--delete', 'delete the card and its reviews (its history stays)')
    .option('--json', 'print the card as JSON')
    .action((typed, options, command) => {
      const app = cli.open(command);
      const cardId = app.resolveId('card', typed);
      const deps = app.deps.cards();
      const editing = [options.prompt, options.answer, options.check].some((v) => v !== undefined);
      const actions = [editing, options.suspend, options.unsuspend, options.delete].filter(Boolean).length;
      if (actions > 1)
        throw new UsageError(
          'one change at a time: edit, --suspend, --unsuspend or --delete (see chops card --help)',
        );
      const { colors } = cli.output;
      if (options.delete) {
        const { change } = deleteCard({ cardId }, deps);
        if (options.json) return cli.output.json(cardDeletedJson(change));
        return cli.output.line(`Deleted card ${change.cardId}; its history is kept.`);
      }
      if (editing)
        editCard({ cardId, prompt: options.prompt, answer: options.answer, check: options.check }, deps);
      if (options.suspend || options.unsuspend)
        setCardSuspended({ cardId, suspended: Boolean(options.suspend) }, deps);
      const card = deps.practice.getCard(cardId.trim());
      if (!card) throw new NotFoundError(`no card "${cardId}" (see chops practice --json)`);
      const source = cardSource(card, deps);
      const history = deps.choices.listCardChanges(card.id);
      if (options.json) return cli.output.json(cardJson(card, source, history));
      const state = card.suspended
        ? colors.yellow('suspended')
        : `due ${card.memory.due.toISOString().slice(0, 10)}`;
      cli.output.line(`${colors.bold(`card ${card.id}`)} (${card.kind}, ${state})`);
      cli.output.line(colors.dim(`from ${terminalSafeLine(sourceLine(source))}`));
      if (source.trick.explanation) cli.output.line(colors.dim(terminalSafe(source.trick.explanation)));
      cli.output.line(`${colors.cyan('Prompt:')} ${terminalSafe(card.prompt)}`);
      cli.output.line(`${colors.green('Answer:')} ${terminalSafe(card.answer)}`);
      if (card.check) cli.output.line(`${colors.green('Check:')} ${terminalSafe(card.check)}`);
      for (const change of history)
        cli.output.line(
          colors.dim(`${change.changedAt.toISOString().slice(0, 16).replace('T', ' ')} ${change.change}`),
        );
    });
}
