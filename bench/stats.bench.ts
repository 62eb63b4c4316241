import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/store/open-database.js';
import { SqliteArtifactStore } from '../src/adapters/store/sqlite-artifact-store.js';
import { SqliteDatStore } from '../src/adapters/store/sqlite-dat-store.js';
import { SqliteIdeaStore } from '../src/adapters/store/sqlite-idea-store.js';
import { SqlitePracticeStore } from '../src/adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../src/adapters/store/sqlite-repertoire-store.js';
import type { AbilityStatus } from '../src/domain/ability.js';
import type { Idea } from '../src/domain/idea.js';
import { newCard, newTrick, ratings, schedule } from '../src/domain/practice/index.js';
import { runChops } from '../test/support/run-chops.js';
import { median, printer } from './support.js';

const runs = 7;
const day = 86_400_000;
const now = new Date('2026-06-01T09:00:00.000Z');
const start = now.getTime() - 730 * day;
const abilityCount = 1_000;
const goalCount = 1_000;
const ideasPerGoal = 10;
const reviewCount = 100_000;
const cardCount = 4_000;

/**
 * `chops stats --json` (and the text view) over two years of use: 1,000 abilities with their status
 * history, 1,000 goals with 10,000 ideas, 2,000 artifacts, 4,000 cards with 100,000 reviews and 100 DAT
 * scores. Each run is the whole command in-process: open the database, aggregate, print (or draw the
 * charts with vega, for `--svg`).
 */
export default async function statsBench(): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'chops-bench-stats-'));
  try {
    const print = printer('stats');
    const started = performance.now();
    seed(home);
    print(
      'seed two years of history (direct to the stores)',
      performance.now() - started,
      'ms',
      'info',
      'once',
    );
    const env = { CHOPS_NOW: now.toISOString() };
    for (const [name, argv] of [
      ['stats --json, 10k ideas + 100k reviews, 2 years', ['stats', '--json']],
      ['stats (terminal view), same data', ['stats']],
      ['stats --svg - (vega, every chart), same data', ['stats', '--svg', '-']],
    ] as const) {
      const times: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const began = performance.now();
        const result = await runChops(argv, { home, env });
        const elapsed = performance.now() - began;
        if (result.code !== 0) throw new Error(`${name} failed: ${result.stderr}`);
        if (run > 0) times.push(elapsed); // the first run warms the module and page caches
      }
      print(name, median(times), 'ms', '< 500 ms');
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

function seed(home: string): void {
  const db = openDatabase(home);
  const repertoire = new SqliteRepertoireStore(db);
  const ideas = new SqliteIdeaStore(db);
  const artifacts = new SqliteArtifactStore(db);
  const practice = new SqlitePracticeStore(db);
  const dat = new SqliteDatStore(db);
  const when = (i: number, count: number) => new Date(start + Math.floor((i / count) * 730 * day));
  repertoire.transaction(() => {
    for (let i = 0; i < abilityCount; i++) {
      const born = when(i, abilityCount);
      // A third stay lent, a third are learning, a third became own, each a few weeks apart.
      const path: AbilityStatus[] = ['lent', 'learning', 'own'].slice(0, 1 + (i % 3)) as AbilityStatus[];
      const times = path.map(
        (_, step) => new Date(Math.min(now.getTime(), born.getTime() + step * 21 * day)),
      );
      repertoire.insertAbility({
        id: `a${i}`,
        name: `ability ${i}`,
        key: `ability ${i}`,
        domain: `domain ${i % 12}`,
        kind: 'technique',
        summary: '',
        status: path.at(-1)!,
        createdAt: born,
        updatedAt: times.at(-1)!,
      });
      path.forEach((status, step) => {
        repertoire.addAbilityEvent({ abilityId: `a${i}`, status, at: times[step]! });
      });
    }
    for (let g = 0; g < goalCount; g++) {
      const at = when(g, goalCount);
      ideas.insertGoal({
        id: `g${g}`,
        text: `goal ${g}`,
        domain: `domain ${g % 12}`,
        model: 'bench:model',
        soloSpread: 0.3,
        reachSpread: 0.3 + (g % 7) * 0.05,
        gain: 1 + (g % 7) / 6,
        notes: [],
        createdAt: at,
      });
      ideas.insertIdeas(
        Array.from(
          { length: ideasPerGoal },
          (_, i): Idea => ({
            id: `g${g}i${i}`,
            goalId: `g${g}`,
            set: i < 5 ? 'solo' : 'reach',
            title: `idea ${g}.${i}`,
            pitch: 'a pitch',
            lens: 'a lens',
            createdAt: at,
            reach: i < 5 ? 0 : (i - 4) / 6,
            novelty: ((g * 7 + i) % 10) / 10,
            needs: [
              {
                name: `ability ${(g + i) % abilityCount}`,
                how: 'use it',
                status: i < 5 ? 'own' : 'lent',
                abilityId: `a${(g + i) % abilityCount}`,
              },
            ],
          }),
        ),
      );
      for (const i of [5, 6]) {
        artifacts.insertArtifact({
          id: `art${g}.${i}`,
          ideaId: `g${g}i${i}`,
          format: 'js',
          title: 'made',
          passed: g % 5 !== 0,
          model: 'bench:model',
          createdAt: at,
          abilities: [
            {
              name: `ability ${g % abilityCount}`,
              how: 'used',
              status: i === 5 ? 'lent' : 'own',
              abilityId: `a${g % abilityCount}`,
            },
          ],
        });
      }
    }
    const tricks = Array.from({ length: cardCount / 4 }, (_, t) =>
      newTrick(
        {
          abilityId: `a${(t * 3 + 1) % abilityCount}`,
          name: `trick ${t}`,
          explanation: 'why',
          example: 'x',
          format: 'js',
        },
        `t${t}`,
        new Date(start),
      ),
    );
    const cards = Array.from({ length: cardCount }, (_, c) => {
      const card = newCard(
        {
          trickId: `t${c >> 2}`,
          abilityId: tricks[c >> 2]!.abilityId,
          kind: 'recall',
          prompt: `p${c}`,
          answer: 'a',
        },
        `c${c}`,
        new Date(start),
      );
      return { ...card, memory: { ...card.memory, due: new Date(now.getTime() + ((c % 60) - 30) * day) } };
    });
    practice.insertTricks(tricks, cards);
    // One scheduled review's log and memory, reused: the ledger reads only rating and time.
    const { log } = schedule(cards[0]!.memory, 'good', new Date(start));
    for (let r = 0; r < reviewCount; r++) {
      const card = cards[(r * 7919) % cardCount]!;
      practice.insertReview({
        id: `r${r}`,
        cardId: card.id,
        abilityId: card.abilityId,
        rating: ratings[r % 7 === 0 ? 0 : 2]!,
        answer: '',
        reviewedAt: when(r, reviewCount),
        log,
        before: card.memory,
      });
    }
    for (let d = 0; d < 100; d++) {
      dat.insertDatScore({ id: `d${d}`, words: [], valid: [], score: 70 + (d % 15), takenAt: when(d, 100) });
    }
  });
  db.close();
}
