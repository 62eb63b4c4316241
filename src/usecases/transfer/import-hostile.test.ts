import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteSchedulerFitStore } from '../../adapters/store/sqlite-scheduler-fit-store.js';
import { schedule } from '../../domain/practice/index.js';
import { defaultLeechLapses } from '../../domain/practice/load.js';
import { seedLedgerFixture } from '../measure/test-support/ledger-fixture.js';
import { undoReview } from '../practice/undo-review.js';
import type { ChopsDocument } from './document-schema.js';
import { exportDocument } from './export-document.js';
import { importDocument } from './import-document.js';
import { parseDocument } from './parse-document.js';
import { rowCounts, transferStores } from './test-support/transfer-stores.js';

// The hostile imports of issue 16: figures FSRS cannot schedule, an earlier state chops did not make,
// and ids that name other records here. Each must be refused or kept apart, never grafted on.

const tempFolder = temporaryFolders();

function seeded() {
  const db = openDatabase(tempFolder());
  seedLedgerFixture(db);
  const deps = transferStores(db);
  return { db, deps, document: JSON.parse(JSON.stringify(exportDocument(deps))) as ChopsDocument };
}

const refusal = (document: unknown) => {
  try {
    parseDocument(JSON.stringify(document), 'f.json');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('import refuses figures the domain cannot use', () => {
  it.each([
    ['stability', -5, /tricks\[0\]\.cards\[0\]\.memory: stability -5 is outside/],
    ['stability', 1e308, /memory: stability 1e\+308 is outside 0\.001 to 36500 days/],
    ['difficulty', -100, /memory: difficulty -100 is outside 1 to 10/],
    ['reps', 1_000_000_000, /memory: reps 1000000000 is not a whole number from 0 to 100000/],
  ])('a card memory with %s %d', (field, value, message) => {
    const { document } = seeded();
    const card = document.tricks[0]!.cards[0]!;
    const reviewed = { state: 'review', stability: 5, difficulty: 5, reps: 3, lastReview: card.memory.due };
    Object.assign(card.memory, reviewed, { [field]: value });
    expect(refusal(document)).toMatch(message);
  });

  it('a review whose earlier state or log is out of range, attempts out of order, an artifact without any', () => {
    const { document } = seeded();
    const before = structuredClone(document);
    before.reviews[0]!.before.reps = 1_000_000_000;
    expect(refusal(before)).toMatch(/reviews\[0\]\.before: reps 1000000000/);
    const log = structuredClone(document);
    log.reviews[1]!.log.stability = -1;
    expect(refusal(log)).toMatch(/reviews\[1\]\.log: stability -1/);
    const at = document.artifacts.findIndex((a) => a.id === 'art1');
    const numbers = structuredClone(document);
    numbers.artifacts[at]!.attempts[1]!.number = 1;
    expect(refusal(numbers)).toMatch(
      /artifacts\[\d\]\.attempts: attempts are numbered 1, 2, 3… in order \(found 1, 1\)/,
    );
    const empty = structuredClone(document);
    empty.artifacts[at]!.attempts = [];
    expect(refusal(empty)).toMatch(/artifacts\[\d\]\.attempts: an artifact has at least one attempt/);
    const spread = structuredClone(document);
    spread.goals[0]!.soloSpread = -3;
    expect(refusal(spread)).toMatch(/goals\[0\]\.soloSpread/);
  });

  it('two records of one kind sharing an id, naming both places', () => {
    const { document } = seeded();
    document.abilities[1]!.id = document.abilities[0]!.id;
    expect(refusal(document)).toMatch(
      new RegExp(
        `abilities\\[1\\]\\.id: the ability id "${document.abilities[0]!.id}" is also the id of abilities\\[0\\]`,
      ),
    );
  });
});

/** What practice needs beyond the stores an import uses. */
const scheduling = (db: ReturnType<typeof openDatabase>) => ({
  masteryDays: 21,
  fits: new SqliteSchedulerFitStore(db),
  leechLapses: defaultLeechLapses,
});

describe('import never trusts an earlier state it did not make', () => {
  it('marks imported reviews, and undo refuses them instead of writing their card state', () => {
    const { document } = seeded();
    const db = openDatabase(tempFolder());
    const deps = transferStores(db);
    importDocument(parseDocument(JSON.stringify(document), 'f.json'), deps);
    const last = deps.practice.lastReview()!;
    expect(last.imported).toBe(true);
    const card = deps.practice.getCard(last.cardId)!;
    const practiceDeps = { ...deps, ...scheduling(db) };
    expect(() => undoReview({}, practiceDeps)).toThrow(
      /came from an import; chops undoes only the reviews made here/,
    );
    expect(deps.practice.getCard(last.cardId)?.memory).toEqual(card.memory);
  });

  it('still undoes a review made here after the import', () => {
    const { document } = seeded();
    const db = openDatabase(tempFolder());
    const deps = transferStores(db);
    importDocument(parseDocument(JSON.stringify(document), 'f.json'), deps);
    const card = deps.practice.listCards({})[0]!;
    const now = new Date('2026-03-05T08:00:00Z');
    const { memory, log } = schedule(card.memory, 'good', now);
    deps.practice.updateCard({ ...card, memory });
    deps.practice.insertReview({
      id: 'here',
      cardId: card.id,
      abilityId: card.abilityId,
      rating: 'good',
      answer: '',
      reviewedAt: now,
      log,
      before: card.memory,
    });
    const undone = undoReview({}, { ...deps, ...scheduling(db) });
    expect(undone.card.memory).toEqual(card.memory);
  });
});

describe('an id chops uses for another record is a collision, never the same record', () => {
  /** Another install's records under the very ids this one has: other times, other content. */
  function foreign(document: ChopsDocument): ChopsDocument {
    const other = structuredClone(document);
    const later = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString();
    for (const ability of other.abilities) {
      ability.createdAt = later(ability.createdAt);
      ability.updatedAt = '2027-01-01T00:00:00.000Z';
      ability.status = 'own';
      ability.name = `${ability.name} (theirs)`;
    }
    for (const goal of other.goals) {
      goal.text = `injected: ${goal.text}`;
      for (const idea of goal.ideas) idea.title = `injected ${idea.title}`;
    }
    const art1 = other.artifacts.find((a) => a.id === 'art1')!;
    art1.attempts.push({
      ...art1.attempts[0]!,
      number: art1.attempts.length + 1,
      content: '# HIJACKED',
      passed: true,
    });
    for (const trick of other.tricks) {
      trick.createdAt = later(trick.createdAt);
      for (const card of trick.cards) {
        card.createdAt = later(card.createdAt);
        card.memory.lastReview = '2027-01-01T00:00:00.000Z';
        card.memory.due = '2030-01-01T00:00:00.000Z';
      }
    }
    for (const review of other.reviews) review.reviewedAt = later(review.reviewedAt);
    for (const score of other.datScores) score.score += 1;
    return other;
  }

  it('imports the foreign records under new ids and leaves every local one as it was', () => {
    const { db, deps, document } = seeded();
    const mine = exportDocument(deps);
    const counts = rowCounts(db);
    const summary = importDocument(parseDocument(JSON.stringify(foreign(document)), 'f.json'), deps);

    const after = exportDocument(deps);
    // Everything chops had is still there, unchanged (status, schedule, attempts, ideas of its goals).
    for (const ability of mine.abilities)
      expect(after.abilities.find((a) => a.id === ability.id)).toEqual(ability);
    for (const goal of mine.goals) expect(after.goals.find((g) => g.id === goal.id)).toEqual(goal);
    for (const artifact of mine.artifacts)
      expect(after.artifacts.find((a) => a.id === artifact.id)).toEqual(artifact);
    for (const card of mine.tricks.flatMap((t) => t.cards))
      expect(after.tricks.flatMap((t) => t.cards).find((c) => c.id === card.id)).toEqual(card);
    expect(deps.artifacts.listAttempts('art1').map((a) => a.content)).not.toContain('# HIJACKED');

    // And the foreign records are there beside them, under ids of their own.
    const hijacked = after.artifacts.find((a) => a.attempts.some((t) => t.content === '# HIJACKED'))!;
    expect(hijacked.id).not.toBe('art1');
    expect(after.goals.filter((g) => g.text.startsWith('injected: '))).toHaveLength(mine.goals.length);
    expect(summary.renamed).toBeGreaterThanOrEqual(
      mine.abilities.length + mine.goals.length + mine.artifacts.length + mine.reviews.length,
    );
    expect(rowCounts(db).reviews).toBe(counts.reviews! * 2);
  });

  it('still treats the same record (re-importing its own export) as the same, adding nothing', () => {
    const { db, deps, document } = seeded();
    const counts = rowCounts(db);
    const summary = importDocument(parseDocument(JSON.stringify(document), 'f.json'), deps);
    expect(summary.renamed).toBe(0);
    expect(rowCounts(db)).toEqual(counts);
  });
});
