import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { schedule } from '../../domain/practice/memory.js';
import type { Review } from '../../domain/practice/review.js';
import {
  addAbility,
  fixtureStart,
  trickWithCards,
} from '../../usecases/practice/test-support/practice-fixture.js';
import { openDatabase } from './open-database.js';
import { SqlitePracticeStore } from './sqlite-practice-store.js';
import { SqliteRepertoireStore } from './sqlite-repertoire-store.js';

const tempFolder = temporaryFolders();
const minute = 60_000;

function stores() {
  const db = openDatabase(tempFolder());
  return { db, practice: new SqlitePracticeStore(db), repertoire: new SqliteRepertoireStore(db) };
}

describe('SqlitePracticeStore', () => {
  it('round-trips tricks, cards (every memory field) and reviews exactly', () => {
    const s = stores();
    addAbility(s, 'a1');
    const { trick, cards } = trickWithCards('a1', 't1', 2);
    s.practice.insertTricks([trick], cards);
    expect(s.practice.getTrick('t1')).toEqual(trick);
    expect(s.practice.findTrick('a1', trick.key)).toEqual(trick);
    expect(s.practice.listCards({ abilityId: 'a1' })).toEqual(cards);

    const card = cards[0]!;
    const next = schedule(card.memory, 'hard', fixtureStart);
    const reviewed = { ...card, memory: next.memory };
    s.practice.updateCard(reviewed);
    expect(s.practice.getCard(card.id)?.memory).toEqual(next.memory);
    const review: Review = {
      id: 'r1',
      cardId: card.id,
      abilityId: 'a1',
      rating: 'hard',
      answer: 'my try',
      reviewedAt: fixtureStart,
      log: next.log,
      before: card.memory,
      promotedFrom: 'lent',
    };
    s.practice.insertReview(review);
    expect(s.practice.getReview('r1')).toEqual(review);
    expect(s.practice.lastReview({ cardId: card.id })).toEqual(review);
    s.practice.removeReview('r1');
    expect(s.practice.listReviews()).toEqual([]);
  });

  it('orders the due queue by due time, keeps suspended and future cards out, limits and filters by domain', () => {
    const s = stores();
    addAbility(s, 'a1', { domain: 'jazz' });
    addAbility(s, 'a2', { domain: 'Signal processing' });
    const jazz = trickWithCards('a1', 't1', 3);
    const dsp = trickWithCards('a2', 't2', 2);
    const at = (offsetMinutes: number) => new Date(fixtureStart.getTime() + offsetMinutes * minute);
    const [j1, j2, j3] = jazz.cards.map((c, i) => ({
      ...c,
      memory: { ...c.memory, due: at([5, -10, 60][i]!) },
    }));
    const [d1, d2] = dsp.cards.map((c, i) => ({ ...c, memory: { ...c.memory, due: at([-20, 0][i]!) } }));
    s.practice.insertTricks([jazz.trick, dsp.trick], [j1!, j2!, j3!, d1!, { ...d2!, suspended: true }]);

    const now = at(10);
    const due = s.practice.dueCards({ now });
    expect(due.map((d) => d.card.id)).toEqual([d1!.id, j2!.id, j1!.id]);
    expect(due[0]).toMatchObject({ trickName: 'trick t2', abilityName: 'a2', domain: 'Signal processing' });
    expect(s.practice.dueCards({ now, limit: 2 }).map((d) => d.card.id)).toEqual([d1!.id, j2!.id]);
    expect(s.practice.dueCards({ now, domain: 'JAZZ' }).map((d) => d.card.id)).toEqual([j2!.id, j1!.id]);
    expect(s.practice.countDue({ now })).toBe(3);
    expect(s.practice.countDue({ now, domain: 'signal processing' })).toBe(1);
    expect(s.practice.nextDue({ now })).toEqual(at(60));
    expect(s.practice.nextDue({ now, domain: 'signal processing' })).toBeUndefined();
  });

  it('refuses a second trick with the same key for one ability', () => {
    const s = stores();
    addAbility(s, 'a1');
    s.practice.insertTricks([trickWithCards('a1', 't1', 0).trick], []);
    const twin = { ...trickWithCards('a1', 't2', 0).trick, key: trickWithCards('a1', 't1', 0).trick.key };
    expect(() => s.practice.insertTricks([twin], [])).toThrow(/UNIQUE/);
  });

  it('removes tricks, cards and reviews with their ability', () => {
    const s = stores();
    addAbility(s, 'a1');
    const { trick, cards } = trickWithCards('a1', 't1', 1);
    s.practice.insertTricks([trick], cards);
    s.repertoire.removeAbility('a1');
    expect(s.practice.listTricks()).toEqual([]);
    expect(s.practice.listCards({})).toEqual([]);
  });
});
