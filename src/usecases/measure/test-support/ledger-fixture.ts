import type Database from 'better-sqlite3';
import { SqliteArtifactStore } from '../../../adapters/store/sqlite-artifact-store.js';
import { SqliteDatStore } from '../../../adapters/store/sqlite-dat-store.js';
import { SqliteIdeaStore } from '../../../adapters/store/sqlite-idea-store.js';
import { SqlitePracticeStore } from '../../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import type { AbilityKind, AbilityStatus } from '../../../domain/ability.js';
import { nameKey } from '../../../domain/ability-name.js';
import type { Idea } from '../../../domain/idea.js';
import { newCard, newTrick, type Rating, schedule } from '../../../domain/practice/index.js';

/** The fixture's "now": Wednesday of ISO week 2026-W10. */
export const fixtureNow = new Date('2026-03-04T12:00:00.000Z');
const at = (day: string) => new Date(`${day}T10:00:00.000Z`);

/**
 * A small history whose ledger is worked out by hand in the tests: four abilities over nine weeks
 * (one mastered through practice), two goals with five ideas, three artifacts (one failed), two tricks
 * with three cards and five reviews (one `again`), and two DAT scores.
 */
export function seedLedgerFixture(db: Database.Database): void {
  const repertoire = new SqliteRepertoireStore(db);
  const ideas = new SqliteIdeaStore(db);
  const artifacts = new SqliteArtifactStore(db);
  const practice = new SqlitePracticeStore(db);
  const dat = new SqliteDatStore(db);
  repertoire.transaction(() => {
    repertoire.savePerson({
      name: 'Ada',
      about: 'plays and codes',
      domains: ['music'],
      createdAt: at('2026-01-01'),
    });
    const ability = (
      id: string,
      name: string,
      domain: string,
      kind: AbilityKind,
      history: [AbilityStatus, string][],
    ) => {
      const [first] = history[0]!;
      const [last, lastDay] = history.at(-1)!;
      repertoire.insertAbility({
        id,
        name,
        key: nameKey(name),
        domain,
        kind,
        summary: '',
        status: last,
        createdAt: at(history[0]![1]),
        updatedAt: at(lastDay),
      });
      void first;
      for (const [status, day] of history) repertoire.addAbilityEvent({ abilityId: id, status, at: at(day) });
    };
    ability('a-fft', 'fast Fourier transform', 'signal', 'technique', [['own', '2026-01-05']]);
    ability('a-voice', 'voice leading', 'music', 'technique', [
      ['lent', '2026-01-12'],
      ['learning', '2026-01-20'],
      ['own', '2026-02-10'],
    ]);
    ability('a-rust', 'Rust', 'programming', 'tool', [['lent', '2026-02-03']]);
    ability('a-abc', 'ABC notation', 'music', 'tool', [
      ['lent', '2026-02-16'],
      ['learning', '2026-02-17'],
    ]);

    const goal = (id: string, day: string, gain: number | undefined) =>
      ideas.insertGoal({
        id,
        text: `goal ${id}`,
        domain: 'music',
        model: 'mock:model',
        soloSpread: gain && 0.2,
        reachSpread: gain && 0.2 * gain,
        gain,
        notes: [],
        createdAt: at(day),
      });
    const idea = (
      id: string,
      goalId: string,
      set: 'solo' | 'reach',
      reach: number,
      novelty: number,
      day: string,
    ): Idea => ({
      id,
      goalId,
      set,
      title: `idea ${id}`,
      pitch: 'a pitch',
      lens: 'a lens',
      needs: [
        { name: 'voice leading', how: 'voice it', status: reach > 0 ? 'lent' : 'own', abilityId: 'a-voice' },
      ],
      reach,
      novelty,
      createdAt: at(day),
    });
    goal('g1', '2026-01-13', 1.5);
    ideas.insertIdeas([
      idea('g1-s1', 'g1', 'solo', 0, 0.4, '2026-01-13'),
      idea('g1-s2', 'g1', 'solo', 0, 0.6, '2026-01-13'),
      idea('g1-r1', 'g1', 'reach', 0.5, 0.8, '2026-01-13'),
      idea('g1-r2', 'g1', 'reach', 1, 1, '2026-01-13'),
    ]);
    goal('g2', '2026-02-18', undefined);
    ideas.insertIdeas([idea('g2-r1', 'g2', 'reach', 0.5, 0.5, '2026-02-18')]);

    const artifact = (
      id: string,
      ideaId: string,
      passed: boolean,
      used: [string, AbilityStatus | 'new', string][],
      day: string,
    ) =>
      artifacts.insertArtifact({
        id,
        ideaId,
        format: 'abc',
        title: `artifact ${id}`,
        passed,
        model: 'mock:model',
        createdAt: at(day),
        abilities: used.map(([name, status, abilityId]) => ({
          name,
          how: 'used',
          status: status === 'own' ? 'own' : 'lent',
          abilityId,
        })),
      });
    artifact('art1', 'g1-r1', true, [['voice leading', 'lent', 'a-voice']], '2026-01-14');
    artifacts.addAttempt({
      artifactId: 'art1',
      number: 1,
      content: 'X:1\u001b[31m',
      createdAt: at('2026-01-14'),
      check: { passed: false, problems: ['bar 2 is too long'], durationMs: 3.5 },
    });
    artifacts.addAttempt({
      artifactId: 'art1',
      number: 2,
      content: 'X:1\nK:C\nCDEF|',
      createdAt: at('2026-01-14'),
      check: { passed: true, problems: [], output: 'ok', durationMs: 2 },
    });
    artifact('art2', 'g1-s1', true, [['fast Fourier transform', 'own', 'a-fft']], '2026-01-15');
    artifact('art3', 'g2-r1', false, [['Rust', 'lent', 'a-rust']], '2026-02-19');
    // Every artifact has at least its first attempt (make stores the two together).
    for (const [artifactId, passed, day] of [
      ['art2', true, '2026-01-15'],
      ['art3', false, '2026-02-19'],
    ] as const)
      artifacts.addAttempt({
        artifactId,
        number: 1,
        content: 'X:1\nK:C\nCDEF|',
        createdAt: at(day),
        check: { passed, problems: passed ? [] : ['bar 1 is too short'], durationMs: 2 },
      });

    const t1 = newTrick(
      {
        abilityId: 'a-voice',
        name: 'Guide tones',
        explanation: 'thirds and sevenths',
        example: 'E B',
        format: 'abc',
        artifactId: 'art1',
      },
      't1',
      at('2026-01-20'),
    );
    const t2 = newTrick(
      { abilityId: 'a-abc', name: 'Bar lines', explanation: 'bars', example: '|', format: 'abc' },
      't2',
      at('2026-02-17'),
    );
    const card = (id: string, trickId: string, abilityId: string, day: string, due: string) => {
      const made = newCard(
        { trickId, abilityId, kind: 'recall', prompt: `prompt ${id}`, answer: 'answer' },
        id,
        at(day),
      );
      return { ...made, memory: { ...made.memory, due: at(due) } };
    };
    practice.insertTricks(
      [t1, t2],
      [
        card('c1', 't1', 'a-voice', '2026-01-20', '2026-04-01'),
        card('c2', 't1', 'a-voice', '2026-01-20', '2026-04-01'),
        card('c3', 't2', 'a-abc', '2026-02-17', '2026-03-01'),
      ],
    );
    const review = (id: string, cardId: string, abilityId: string, rating: Rating, day: string) => {
      const before = practice.getCard(cardId)!.memory;
      const { log } = schedule(before, rating, at(day));
      practice.insertReview({ id, cardId, abilityId, rating, answer: '', reviewedAt: at(day), log, before });
    };
    review('r1', 'c1', 'a-voice', 'good', '2026-01-21');
    review('r2', 'c2', 'a-voice', 'again', '2026-01-21');
    review('r3', 'c2', 'a-voice', 'good', '2026-01-28');
    review('r4', 'c1', 'a-voice', 'easy', '2026-02-10');
    review('r5', 'c3', 'a-abc', 'good', '2026-02-18');

    dat.insertDatScore({
      id: 'd1',
      words: ['cat', 'dog'],
      valid: ['cat', 'dog'],
      score: 78.5,
      takenAt: at('2026-01-10'),
    });
    dat.insertDatScore({
      id: 'd2',
      words: ['sun', 'tax'],
      valid: ['sun', 'tax'],
      score: 82.25,
      takenAt: at('2026-02-20'),
    });
  });
}
