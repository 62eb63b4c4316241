import type { Ability } from '../../domain/ability.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import type { Card } from '../../domain/practice/card.js';
import type { Review } from '../../domain/practice/review.js';
import type { PracticeDeps } from './practice-deps.js';

export interface UndoOutcome {
  review: Review;
  /** The card as it was before the review. */
  card: Card;
  /** The ability, when the review had made it own and undo gave it back its earlier status. */
  demoted?: Ability | undefined;
}

/**
 * Undoes a review: the card gets back the exact memory it had before, the review is removed, and a
 * mastery promotion the review caused is reverted (recorded as an ability event). Without `reviewId`
 * the most recent review of all is undone. Only a card's latest review can be undone, so that no later
 * review is left resting on a memory that no longer exists.
 */
export function undoReview(options: { reviewId?: string | undefined }, deps: PracticeDeps): UndoOutcome {
  return deps.practice.transaction(() => {
    const review = options.reviewId ? deps.practice.getReview(options.reviewId) : deps.practice.lastReview();
    if (!review) {
      if (options.reviewId) throw new NotFoundError(`no review "${options.reviewId}" to undo`);
      throw new UserInputError('there is no review to undo');
    }
    if (review.imported)
      throw new UserInputError(
        `review ${review.id} came from an import; chops undoes only the reviews made here (review the card again instead)`,
      );
    if (deps.practice.lastReview({ cardId: review.cardId })?.id !== review.id)
      throw new UserInputError('that card was reviewed again since; only its latest review can be undone');
    const card = deps.practice.getCard(review.cardId);
    if (!card) throw new NotFoundError(`the card of review ${review.id} is gone`);
    const restored: Card = { ...card, memory: review.before };
    deps.practice.updateCard(restored);
    deps.practice.removeReview(review.id);
    const demoted = revertPromotion(review, deps);
    return { review, card: restored, ...(demoted ? { demoted } : {}) };
  });
}

function revertPromotion(review: Review, deps: PracticeDeps): Ability | undefined {
  if (!review.promotedFrom) return undefined;
  const ability = deps.repertoire.getAbility(review.abilityId);
  // The person changed its status since (it is no longer own): their word stands.
  if (ability?.status !== 'own') return undefined;
  const now = deps.clock.now();
  const reverted: Ability = { ...ability, status: review.promotedFrom, updatedAt: now };
  deps.repertoire.updateAbility(reverted);
  deps.repertoire.addAbilityEvent({ abilityId: ability.id, status: review.promotedFrom, at: now });
  return reverted;
}
