import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../../../domain/errors/index.js';
import { parseRating, type Rating, ratings } from '../../../domain/practice/rating.js';
import { cardSource } from '../../../usecases/cards/card-source.js';
import { defaultSessionLimit, dueQueue } from '../../../usecases/practice/due-queue.js';
import { reviewCard } from '../../../usecases/practice/review-card.js';
import { undoReview } from '../../../usecases/practice/undo-review.js';
import { dueQueueJson, reviewJson, undoJson } from '../../views/practice-json.js';
import type { CliContext } from '../cli-context.js';
import { describeDue, practiseInTerminal, promotedLine } from '../practice-terminal.js';
import { terminalSafeLine } from '../terminal-text.js';

interface PracticeOptions {
  limit?: number;
  domain?: string;
  grade: 'self' | 'model';
  json?: boolean;
  answer?: string;
  rating?: Rating;
  undo?: boolean;
}

export function parseLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
    throw new InvalidArgumentError('must be a whole number from 1 to 100000');
  return limit;
}

// The same ratings as the session's prompt: a name or its number; anything else is a usage error.
function ratingOption(value: string): Rating {
  try {
    return parseRating(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** `chops practice`: review due cards in a session, or one card, or undo, or print the queue. */
export function practiceCommand(cli: CliContext): Command {
  return new Command('practice')
    .description('review the practice cards that are due (FSRS); mastered abilities become your own')
    .option('-n, --limit <n>', `cards in the session (default ${defaultSessionLimit})`, parseLimit)
    .option('-d, --domain <domain>', 'only cards of abilities in this domain')
    .addOption(
      new Option('--grade <who>', 'who grades a typed answer').choices(['self', 'model']).default('self'),
    )
    .option('--json', 'print the due queue (or the outcome of --answer / --undo) as JSON')
    .option('--answer <card-id>', 'review one card without prompts (needs --rating)')
    .option('--rating <rating>', `the rating for --answer: ${ratings.join(', ')} or 1-4`, ratingOption)
    .option('--undo', 'undo the last review')
    .action(async (options: PracticeOptions, command: Command) => {
      if ((options.answer === undefined) !== (options.rating === undefined))
        throw new UsageError(
          '--answer <card-id> and --rating <rating> go together (see chops practice --help)',
        );
      if (options.undo && options.answer !== undefined)
        throw new UsageError('--undo and --answer cannot be used together');
      const app = cli.open(command);
      const deps = app.practiceDeps();
      const { colors } = cli.output;
      const now = app.clock.now();

      if (options.undo) {
        const outcome = undoReview({}, deps);
        if (options.json) return cli.output.json(undoJson(outcome));
        cli.output.line(`Undid the ${outcome.review.rating} review of card ${outcome.card.id}.`);
        if (outcome.demoted)
          cli.output.line(terminalSafeLine(`"${outcome.demoted.name}" is ${outcome.demoted.status} again.`));
        return;
      }

      if (options.answer !== undefined) {
        const outcome = reviewCard(
          { cardId: app.resolveId('card', options.answer), rating: options.rating! },
          deps,
        );
        const due = outcome.card.memory.due;
        if (options.json) return cli.output.json(reviewJson(outcome));
        cli.output.line(`${outcome.review.rating}: card ${outcome.card.id} is due ${describeDue(due, now)}.`);
        if (outcome.promoted) cli.output.line(promotedLine(colors, outcome.promoted.name, deps.masteryDays));
        return;
      }

      if (options.json) {
        const queue = dueQueue({ limit: options.limit, domain: options.domain }, deps);
        const cards = app.cardDeps();
        return cli.output.json(dueQueueJson(queue, now, (card) => cardSource(card, cards)));
      }

      await practiseInTerminal(cli, app, {
        limit: options.limit,
        domain: options.domain,
        grade: options.grade,
      });
    });
}
