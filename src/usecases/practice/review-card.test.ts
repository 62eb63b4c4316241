import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import { isMastered } from '../../domain/practice/mastery.js';
import { schedule } from '../../domain/practice/memory.js';
import { reviewCard } from './review-card.js';
import { sqlitePracticeDeps } from './test-support/practice-deps.js';
import { fixtureStart, seedAbilityWithCards } from './test-support/practice-fixture.js';
import { undoReview } from './undo-review.js';

const tempFolder = temporaryFolders();

describe('reviewCard and undoReview', () => {
  it('stores the FSRS schedule with its log and the memory before; undo restores the exact card', () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const [card] = seedAbilityWithCards(deps, 'a1', 2);
    const first = reviewCard({ cardId: card!.id, rating: 'good', answer: '  the root ' }, deps);
    const expected = schedule(card!.memory, 'good', fixtureStart);
    expect(first.card.memory).toEqual(expected.memory);
    expect(deps.practice.getCard(card!.id)).toEqual(first.card);
    const afterFirst = deps.practice.getCard(card!.id)!;

    const later = new Date(afterFirst.memory.due.getTime() + 3_600_000);
    deps.at(later);
    const second = reviewCard({ cardId: card!.id, rating: 'again' }, deps);
    expect(deps.practice.listReviews()).toEqual([first.review, second.review]);
    expect(second.review).toMatchObject({ answer: '', before: afterFirst.memory, log: { rating: 'again' } });

    const undone = undoReview({}, deps);
    expect(undone.review.id).toBe(second.review.id);
    expect(deps.practice.getCard(card!.id)).toEqual(afterFirst);
    expect(deps.practice.listReviews()).toEqual([first.review]);
    undoReview({}, deps);
    expect(deps.practice.getCard(card!.id)).toEqual(card);
    expect(() => undoReview({}, deps)).toThrow(UserInputError);
  });

  it('refuses unknown cards, and undoing a review that is not its card’s latest', () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const [card] = seedAbilityWithCards(deps, 'a1', 1);
    expect(() => reviewCard({ cardId: 'nope', rating: 'good' }, deps)).toThrow(NotFoundError);
    const first = reviewCard({ cardId: card!.id, rating: 'again' }, deps);
    reviewCard({ cardId: card!.id, rating: 'good' }, deps);
    expect(() => undoReview({ reviewId: first.review.id }, deps)).toThrow(/reviewed again since/);
  });

  it('promotes the ability on exactly the review that masters its last card, and undo reverts it', () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const cards = seedAbilityWithCards(deps, 'a1', 2);
    let now = fixtureStart;
    let promotedAt: number | undefined;
    for (let round = 0; round < 40 && promotedAt === undefined; round++) {
      for (const { id } of cards) {
        const card = deps.practice.getCard(id)!;
        now = new Date(Math.max(now.getTime(), card.memory.due.getTime()));
        deps.at(now);
        const before = deps.practice.listCards({ abilityId: 'a1' });
        expect(isMastered(before, 21)).toBe(false);
        expect(deps.repertoire.getAbility('a1')?.status).toBe('learning');
        const outcome = reviewCard({ cardId: id, rating: 'good' }, deps);
        const after = deps.practice.listCards({ abilityId: 'a1' });
        // The rule and the promotion agree on every single review.
        expect(outcome.promoted !== undefined).toBe(isMastered(after, 21));
        if (outcome.promoted) {
          promotedAt = now.getTime();
          expect(outcome.review.promotedFrom).toBe('learning');
          break;
        }
      }
    }
    expect(promotedAt).toBeDefined();
    expect(deps.repertoire.getAbility('a1')?.status).toBe('own');
    expect(deps.repertoire.listAbilityEvents().at(-1)).toEqual({
      abilityId: 'a1',
      status: 'own',
      at: new Date(promotedAt!),
    });
    const undone = undoReview({}, deps);
    expect(undone.demoted?.status).toBe('learning');
    expect(deps.repertoire.getAbility('a1')?.status).toBe('learning');
    expect(deps.repertoire.listAbilityEvents().at(-1)?.status).toBe('learning');
  });

  it('honours the mastery-days setting', () => {
    const deps = { ...sqlitePracticeDeps(tempFolder()), masteryDays: 1 };
    const [card] = seedAbilityWithCards(deps, 'a1', 1);
    expect(reviewCard({ cardId: card!.id, rating: 'easy' }, deps).promoted?.status).toBe('own');
  });

  it('writes the review, the card and the promotion in one transaction', () => {
    const base = sqlitePracticeDeps(tempFolder());
    const [card] = seedAbilityWithCards(base, 'a1', 1);
    const failing = {
      ...base,
      masteryDays: 1,
      repertoire: new Proxy(base.repertoire, {
        get(target, property) {
          if (property === 'addAbilityEvent')
            return () => {
              throw new Error('disk full');
            };
          const value = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    };
    expect(() => reviewCard({ cardId: card!.id, rating: 'easy' }, failing)).toThrow('disk full');
    expect(base.practice.listReviews()).toEqual([]);
    expect(base.practice.getCard(card!.id)).toEqual(card);
    expect(base.repertoire.getAbility('a1')?.status).toBe('learning');
  });

  it('says when a review makes a card a leech, and not for a leech that is recalled', () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const [card] = seedAbilityWithCards(deps, 'a1', 1);
    const reviewed = {
      ...card!,
      memory: {
        ...card!.memory,
        state: 'review' as const,
        lapses: 7,
        stability: 3,
        difficulty: 6,
        reps: 9,
        lastReview: new Date(card!.memory.due.getTime() - 3 * 86_400_000),
      },
    };
    deps.practice.updateCard(reviewed);
    const lapse = reviewCard({ cardId: card!.id, rating: 'again' }, deps);
    expect(lapse.card.memory.lapses).toBe(8);
    expect(lapse.leech).toBe(true);
    deps.at(lapse.card.memory.due);
    expect(reviewCard({ cardId: card!.id, rating: 'good' }, deps).leech).toBe(false);
  });
});
