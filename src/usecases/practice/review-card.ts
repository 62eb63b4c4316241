import type { Ability } from '../../domain/ability.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import type { Card } from '../../domain/practice/card.js';
import { dayNumber, isLeech, spreadDue, spreadWindow } from '../../domain/practice/load.js';
import { isMastered } from '../../domain/practice/mastery.js';
import { type CardMemory, inShortTermSteps, schedule } from '../../domain/practice/memory.js';
import type { Rating } from '../../domain/practice/rating.js';
import type { Review } from '../../domain/practice/review.js';
import { schedulingParameters } from '../../domain/practice/scheduler-fit.js';
import type { PracticeDeps } from './practice-deps.js';

interface ReviewInput {
  cardId: string;
  rating: Rating;
  /** What the person typed before grading, if anything. */
  answer?: string | undefined;
}

export interface ReviewOutcome {
  review: Review;
  /** The card after the review: its memory says when it is due next. */
  card: Card;
  /** The ability, when this review made it the person's own. */
  promoted?: Ability | undefined;
  /**
   * The session rule, for every face: a card left in FSRS's same-day learning steps (rated again or
   * hard, or new) comes back before the session ends.
   */
  comesBack: boolean;
  /** Whether this review made the card a leech, or lapsed a leech again: suspend or rewrite it. */
  leech: boolean;
}

/**
 * Reviews one card: schedules it with FSRS, stores the review with its log and the card's memory
 * before it, and makes the card's ability own when every one of its cards is mastered. All of it is
 * one transaction, committed before this returns: a session killed afterwards loses nothing.
 */
export function reviewCard(input: ReviewInput, deps: PracticeDeps): ReviewOutcome {
  const answer = (input.answer ?? '').trim();
  return deps.practice.transaction(() => {
    // Read inside the write lock: another process may have reviewed this card a moment ago.
    const card = deps.practice.getCard(input.cardId.trim());
    if (!card) throw new NotFoundError(`no card "${input.cardId}" (see chops practice --json)`);
    if (card.suspended) throw new UserInputError(`card ${card.id} is suspended`);
    const now = deps.clock.now();
    const next = schedule(card.memory, input.rating, now, schedulingParameters(deps.fits.latestFit()));
    const reviewed: Card = { ...card, memory: spread(next.memory, now, deps) };
    deps.practice.updateCard(reviewed);
    const promoted = promoteIfMastered(reviewed, now, deps);
    const review: Review = {
      id: deps.generateId(),
      cardId: card.id,
      abilityId: card.abilityId,
      rating: input.rating,
      answer,
      reviewedAt: now,
      log: next.log,
      before: card.memory,
      ...(promoted ? { promotedFrom: promoted.from } : {}),
    };
    deps.practice.insertReview(review);
    const leech = reviewed.memory.lapses > card.memory.lapses && isLeech(reviewed.memory, deps.leechLapses);
    return {
      review,
      card: reviewed,
      ...(promoted ? { promoted: promoted.ability } : {}),
      comesBack: inShortTermSteps(reviewed.memory),
      leech,
    };
  });
}

// Moves the card within FSRS's fuzz range to the day with the fewest cards due, so that no day piles up.
function spread(memory: CardMemory, now: Date, deps: PracticeDeps): CardMemory {
  const window = spreadWindow(memory);
  if (!window) return memory;
  const today = dayNumber(now) * 86_400_000;
  const load = deps.practice.dueLoadByDay(
    new Date(today + window.from * 86_400_000),
    new Date(today + (window.to + 1) * 86_400_000),
  );
  return spreadDue(memory, now, load);
}

function promoteIfMastered(card: Card, now: Date, deps: PracticeDeps) {
  const ability = deps.repertoire.getAbility(card.abilityId);
  if (!ability || ability.status === 'own') return undefined;
  // The card just written is read back with its siblings: the rule sees every card as it now is.
  if (!isMastered(deps.practice.listCards({ abilityId: ability.id }), deps.masteryDays)) return undefined;
  const own: Ability = { ...ability, status: 'own', updatedAt: now };
  deps.repertoire.updateAbility(own);
  deps.repertoire.addAbilityEvent({ abilityId: ability.id, status: 'own', at: now });
  return { ability: own, from: ability.status };
}
