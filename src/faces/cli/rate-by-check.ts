import { NotFoundError, UsageError } from '../../domain/errors/index.js';
import type { Rating } from '../../domain/practice/rating.js';
import { checkAnswer } from '../../usecases/practice/check-answer.js';
import type { ProposedGrade } from '../../usecases/practice/grade-answer.js';
import type { ChopsApp } from '../chops-app.js';

/**
 * The rating of a one-card review from the command line: the person's own `--rating` when given (it
 * overrides what a check proposes), else what the card's check proposes for `--response`.
 */
export async function ratingFor(
  app: ChopsApp,
  cardId: string,
  rating: Rating | undefined,
  response: string | undefined,
): Promise<{ rating: Rating; proposal?: ProposedGrade | undefined }> {
  const card = app.practice.getCard(cardId.trim());
  if (!card) throw new NotFoundError(`no card "${cardId}" (see chops practice --json)`);
  const proposal =
    response !== undefined
      ? await checkAnswer({ card, answer: response }, app.deps.answerChecking())
      : undefined;
  if (rating !== undefined) return { rating, proposal };
  if (!proposal)
    throw new UsageError(
      `card ${card.id} has no check to rate --response by: give --rating too (again, hard, good, easy)`,
    );
  return { rating: proposal.rating, proposal };
}

/** The check's verdict and its problems, as lines. */
export function proposalLines(proposal: ProposedGrade): string[] {
  return [
    `check: ${proposal.rating} — ${proposal.reason}`,
    ...(proposal.problems ?? []).slice(1, 6).map((p) => `  ${p}`),
  ];
}
