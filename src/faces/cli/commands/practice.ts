import { Command, type CommandUnknownOpts, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { UsageError } from '../../../domain/errors/index.js';
import { parseRating, type Rating, ratings } from '../../../domain/practice/rating.js';
import { cardSource } from '../../../usecases/cards/card-source.js';
import { openCardOnArtifact } from '../../../usecases/practice/card-artifact.js';
import { defaultSessionLimit, dueQueue } from '../../../usecases/practice/due-queue.js';
import { fitScheduler } from '../../../usecases/practice/fit-scheduler.js';
import { listLeeches, suspendLeeches } from '../../../usecases/practice/leeches.js';
import { reviewCard } from '../../../usecases/practice/review-card.js';
import { undoReview } from '../../../usecases/practice/undo-review.js';
import { cardOnArtifactJson } from '../../views/card-artifact-json.js';
import { dueQueueJson, reviewJson, undoJson } from '../../views/practice-json.js';
import { fitJson, leechesJson } from '../../views/scheduler-json.js';
import { cardOnArtifactLines } from '../card-artifact-lines.js';
import type { CliContext } from '../cli-context.js';
import { describeDue, leechLine, practiseInTerminal, promotedLine } from '../practice-terminal.js';
import { proposalLines, ratingFor } from '../rate-by-check.js';
import { refitAfterReviews } from '../refit-after-reviews.js';
import { fitLines, leechLines } from '../scheduler-lines.js';
import { terminalSafeLine } from '../terminal-text.js';
import { wholeNumber } from '../whole-number.js';

// The same ratings as the session's prompt: a name or its number; anything else is a usage error.
function ratingOption(value: string): Rating {
  try {
    return parseRating(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** `chops practice`: review due cards in a session, or one card, or undo, or print the queue. */
export function practiceCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('practice')
    .description('review the practice cards that are due (FSRS); mastered abilities become your own')
    .option(
      '-n, --limit <n>',
      `cards in the session (default ${defaultSessionLimit})`,
      wholeNumber(1, 100_000),
    )
    .option('-d, --domain <domain>', 'only cards of abilities in this domain')
    .addOption(
      new Option('--grade <who>', 'who grades a typed answer').choices(['self', 'model']).default('self'),
    )
    .option('--json', 'print the due queue (or the outcome of --answer / --undo) as JSON')
    .option('--answer <card-id>', 'review one card without prompts (needs --rating or --response)')
    .option('--rating <rating>', `the rating for --answer: ${ratings.join(', ')} or 1-4`, ratingOption)
    .option(
      '--response <text>',
      "your answer for --answer: a checked card's check runs it and proposes the rating (--rating overrides)",
    )
    .option('--undo', 'undo the last review')
    .option('--optimize', 'fit the scheduler (FSRS) to your review log and show how well it predicts')
    .option('--leeches', 'list the cards you keep forgetting (leech-lapses, default 8)')
    .option('--suspend-leeches', 'suspend every leech: they are no longer due')
    .option('--open <card-id>', "show the artifact the card's trick was learned from, at the trick's lines")
    .action(async (options, command) => {
      const modes = [
        options.undo,
        options.answer !== undefined,
        options.optimize,
        options.leeches,
        options.suspendLeeches,
        options.open !== undefined,
      ];
      if (modes.filter(Boolean).length > 1)
        throw new UsageError(
          '--undo, --answer, --optimize, --leeches, --suspend-leeches and --open go one at a time',
        );
      const rated = options.rating !== undefined || options.response !== undefined;
      if ((options.answer === undefined) === rated)
        throw new UsageError(
          '--answer <card-id> goes with --rating <rating> or --response <text> (see chops practice --help)',
        );
      const app = cli.open(command);
      const deps = app.deps.practice();
      const { colors } = cli.output;
      const now = app.clock.now();

      if (options.open !== undefined) {
        const opened = openCardOnArtifact(options.open, app.deps.cardOnArtifact());
        if (options.json) return cli.output.json(cardOnArtifactJson(opened));
        for (const line of cardOnArtifactLines(opened, colors)) cli.output.line(line);
        return;
      }

      if (options.optimize) {
        const fit = await fitScheduler({}, app.deps.fit());
        if (options.json) return cli.output.json(fitJson(fit));
        for (const line of fitLines(fit, colors)) cli.output.line(line);
        return;
      }

      if (options.leeches || options.suspendLeeches) {
        const leeches = options.suspendLeeches ? suspendLeeches(deps) : listLeeches(deps);
        if (options.json) return cli.output.json(leechesJson(leeches));
        for (const line of leechLines(leeches, deps.leechLapses, colors)) cli.output.line(line);
        if (options.suspendLeeches && leeches.length > 0)
          cli.output.line(`Suspended ${leeches.length}; their reviews stay in the log.`);
        else if (leeches.length > 0)
          cli.output.line(colors.dim('Suspend them: chops practice --suspend-leeches'));
        return;
      }

      if (options.undo) {
        const outcome = undoReview({}, deps);
        if (options.json) return cli.output.json(undoJson(outcome));
        cli.output.line(`Undid the ${outcome.review.rating} review of card ${outcome.card.id}.`);
        if (outcome.demoted)
          cli.output.line(terminalSafeLine(`"${outcome.demoted.name}" is ${outcome.demoted.status} again.`));
        return;
      }

      if (options.answer !== undefined) {
        const cardId = app.resolveId('card', options.answer);
        const { rating, proposal } = await ratingFor(app, cardId, options.rating, options.response);
        const outcome = reviewCard({ cardId, rating, answer: options.response }, deps);
        const due = outcome.card.memory.due;
        if (options.json) return cli.output.json(reviewJson(outcome, app.clock.now(), proposal));
        if (proposal) for (const line of proposalLines(proposal)) cli.output.line(terminalSafeLine(line));
        cli.output.line(`${outcome.review.rating}: card ${outcome.card.id} is due ${describeDue(due, now)}.`);
        if (outcome.promoted) cli.output.line(promotedLine(colors, outcome.promoted.name, deps.masteryDays));
        if (outcome.leech) cli.output.line(leechLine(colors, outcome.card.memory.lapses));
        await refitAfterReviews(cli, app);
        return;
      }

      if (options.json) {
        const queue = dueQueue({ limit: options.limit, domain: options.domain }, deps);
        const cards = app.deps.cards();
        return cli.output.json(dueQueueJson(queue, now, (card) => cardSource(card, cards)));
      }

      await practiseInTerminal(cli, app, {
        limit: options.limit,
        domain: options.domain,
        grade: options.grade,
      });
    });
}
