import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/store/open-database.js';
import { SqlitePracticeStore } from '../src/adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../src/adapters/store/sqlite-repertoire-store.js';
import { SqliteSchedulerFitStore } from '../src/adapters/store/sqlite-scheduler-fit-store.js';
import type { Ability } from '../src/domain/ability.js';
import { type Card, newCard } from '../src/domain/practice/card.js';
import { newTrick, type Trick } from '../src/domain/practice/trick.js';
import { defaultSessionLimit, dueQueue } from '../src/usecases/practice/due-queue.js';
import type { PracticeDeps } from '../src/usecases/practice/practice-deps.js';
import { reviewCard } from '../src/usecases/practice/review-card.js';
import { median, printer } from './support.js';

const print = printer('practice', 2);

const cardCount = 100_000;
const abilityCount = 1_000;
const cardsPerTrick = 4;
const runs = 21;
const day = 86_400_000;

/**
 * Practice at scale: 100,000 cards over 1,000 abilities in 10 domains, due times spread over four
 * months around now (about half due). Times building the due queue and recording one review (FSRS,
 * the review row, the card, and the mastery check over the ability's 100 cards, in one transaction).
 */
export default async function practiceBench(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'chops-bench-practice-'));
  const db = openDatabase(folder);
  try {
    const now = new Date('2026-06-01T09:00:00.000Z');
    let ids = 0;
    const deps: PracticeDeps = {
      practice: new SqlitePracticeStore(db),
      repertoire: new SqliteRepertoireStore(db),
      clock: { now: () => now },
      generateId: () => `r${++ids}`,
      masteryDays: 21,
      fits: new SqliteSchedulerFitStore(db),
      leechLapses: 8,
    };
    const started = performance.now();
    seed(deps, now);
    print(
      `seed ${cardCount.toLocaleString('en')} cards (one transaction)`,
      performance.now() - started,
      'ms',
      'info',
      'once',
    );

    const session = time(() => dueQueue({ limit: defaultSessionLimit, domain: undefined }, deps));
    print(`due queue, session of ${defaultSessionLimit} (+ total, next due)`, session, 'ms', '< 50 ms');
    const domain = time(() => dueQueue({ limit: defaultSessionLimit, domain: 'domain 7' }, deps));
    print(`due queue, session of ${defaultSessionLimit}, one domain`, domain, 'ms', '< 50 ms');
    const whole = time(() => dueQueue({}, deps), 5);
    const due = deps.practice.countDue({ now });
    print(`due queue, all ${due.toLocaleString('en')} due (--json)`, whole, 'ms', 'info');

    const queue = dueQueue({ limit: runs * 3 + 1 }, deps).cards;
    let next = 0;
    const review = time(() => reviewCard({ cardId: queue[next++]!.card.id, rating: 'good' }, deps), runs * 3);
    print('record one review (FSRS + row + card + mastery check)', review, 'ms', '< 5 ms');
  } finally {
    db.close();
    await rm(folder, { recursive: true, force: true });
  }
}

function seed(deps: PracticeDeps, now: Date): void {
  const abilities: Ability[] = Array.from({ length: abilityCount }, (_, i) => ({
    id: `a${i}`,
    name: `ability ${i}`,
    key: `ability ${i}`,
    domain: `domain ${i % 10}`,
    kind: 'technique',
    summary: '',
    status: 'learning',
    createdAt: now,
    updatedAt: now,
  }));
  const tricks: Trick[] = [];
  const cards: Card[] = [];
  for (let t = 0; t < cardCount / cardsPerTrick; t++) {
    const abilityId = `a${t % abilityCount}`;
    tricks.push(
      newTrick(
        { abilityId, name: `trick ${t}`, explanation: 'why', example: 'x', format: 'js' },
        `t${t}`,
        now,
      ),
    );
    for (let c = 0; c < cardsPerTrick; c++) {
      const card = newCard(
        {
          trickId: `t${t}`,
          abilityId,
          kind: c === 0 ? 'recall' : 'apply',
          prompt: `prompt ${t}.${c}`,
          answer: 'a',
        },
        `c${t}.${c}`,
        now,
      );
      // A deterministic spread from 60 days overdue to 60 days ahead.
      const offset = (((t * cardsPerTrick + c) * 7919) % 120) - 60;
      cards.push({
        ...card,
        memory: { ...card.memory, due: new Date(now.getTime() + offset * day + c * 1000) },
      });
    }
  }
  deps.practice.transaction(() => {
    for (const ability of abilities) deps.repertoire.insertAbility(ability);
    deps.practice.insertTricks(tricks, cards);
  });
}

function time(work: () => unknown, count = runs): number {
  work();
  const times: number[] = [];
  for (let run = 0; run < count; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}
