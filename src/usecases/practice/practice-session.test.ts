import { describe, expect, it } from 'vitest';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { newMemory, schedule } from '../../domain/practice/memory.js';
import type { Rating } from '../../domain/practice/rating.js';
import { runPracticeSession, type SessionConversation, type Step } from './practice-session.js';
import { sqlitePracticeDeps } from './test-support/practice-deps.js';
import { fixtureStart, seedAbilityWithCards } from './test-support/practice-fixture.js';

const tempFolder = temporaryFolders();

/** A person following a script: each answer and each rating, in order; 'u' undoes, 'q' leaves. */
function scripted(answers: string[], ratings: string[]) {
  const asked: string[] = [];
  const proposals: (Rating | undefined)[] = [];
  const step = <T>(text: string | undefined, value: (text: string) => T): Step<T> =>
    text === undefined || text === 'q'
      ? { kind: 'quit' }
      : text === 'u'
        ? { kind: 'undo' }
        : { kind: 'value', value: value(text) };
  const conversation: SessionConversation = {
    askAnswer: async (card) => {
      asked.push(card.card.id);
      return step(answers.shift(), (t) => t);
    },
    askRating: async (_card, proposal) => {
      proposals.push(proposal?.rating);
      return step(ratings.shift(), (t) => (t === '' && proposal ? proposal.rating : (t as Rating)));
    },
    reviewed: () => {},
    undone: () => {},
    gradingFailed: () => {},
  };
  return { conversation, asked, proposals };
}

describe('runPracticeSession', () => {
  it('brings a card rated again back in the same session, until it leaves the same-day steps', async () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const [a, b] = seedAbilityWithCards(deps, 'a1', 2);
    const person = scripted(['', '', '', ''], ['again', 'easy', 'easy']);
    const summary = await runPracticeSession({}, deps, person.conversation);
    expect(person.asked).toEqual([a!.id, b!.id, a!.id]);
    expect(summary).toMatchObject({ reviewed: 3, left: false });
    expect(deps.practice.listReviews().map((r) => [r.cardId, r.rating])).toEqual([
      [a!.id, 'again'],
      [b!.id, 'easy'],
      [a!.id, 'easy'],
    ]);
    expect(summary.nextDue?.getTime()).toBeGreaterThan(fixtureStart.getTime());
  });

  it('undoes the last review with u and asks that card again; leaving keeps what was finished', async () => {
    const deps = sqlitePracticeDeps(tempFolder());
    const [a, b, c] = seedAbilityWithCards(deps, 'a1', 3);
    const person = scripted(['x', 'u', 'y', '', 'q'], ['good', 'easy', 'easy']);
    const summary = await runPracticeSession({ limit: 3 }, deps, person.conversation);
    expect(person.asked).toEqual([a!.id, b!.id, a!.id, b!.id, c!.id]);
    expect(summary).toMatchObject({ reviewed: 2, left: true });
    expect(deps.practice.listReviews().map((r) => [r.cardId, r.rating, r.answer])).toEqual([
      [a!.id, 'easy', 'y'],
      [b!.id, 'easy', ''],
    ]);
    expect(deps.practice.getCard(a!.id)?.memory).toEqual(
      schedule(newMemory(fixtureStart), 'easy', fixtureStart).memory,
    );
    expect(deps.practice.getCard(c!.id)?.memory.reps).toBe(0);
  });

  it('offers the model’s rating for a typed answer (Enter accepts it), not for a revealed one', async () => {
    const deps = sqlitePracticeDeps(tempFolder());
    seedAbilityWithCards(deps, 'a1', 2);
    const { thinker, model } = scriptedThinker(() => ({ rating: 'easy', reason: 'complete' }));
    const person = scripted(['answer 1', ''], ['', 'easy']);
    await runPracticeSession({ thinker }, deps, person.conversation);
    expect(person.proposals).toEqual(['easy', undefined]);
    expect(model.doGenerateCalls.length).toBe(1);
    expect(deps.practice.listReviews().map((r) => r.rating)).toEqual(['easy', 'easy']);
  });
});
