import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { readPhrase } from '../../adapters/music/abc-phrase.js';
import { createPhraseTransposer } from '../../adapters/music/transpose.js';
import { isMastered } from '../../domain/practice/mastery.js';
import { newTrick } from '../../domain/practice/trick.js';
import { createDrill, type DrillDeps, drillStatus } from './drill.js';
import { reviewCard } from './review-card.js';
import { saveTricks } from './save-tricks.js';
import { sqlitePracticeDeps } from './test-support/practice-deps.js';
import { addAbility, fixtureStart, trickWithCards } from './test-support/practice-fixture.js';

const tempFolder = temporaryFolders();

function setUp() {
  const base = sqlitePracticeDeps(tempFolder());
  addAbility(base, 'enclosures', { name: 'Enclosures', status: 'lent' });
  const trick = newTrick(
    {
      abilityId: 'enclosures',
      name: 'Chromatic enclosure of the third',
      explanation: 'Approach the target from a step above and a half step below.',
      example: 'X:1\nM:4/4\nL:1/8\nK:F\n"C7" z2 Bc ^G A3 z | "F" F8 |]',
      format: 'abc',
    },
    't-encl',
    fixtureStart,
  );
  const recall = trickWithCards('enclosures', 't-encl', 1).cards;
  saveTricks([trick], recall, base);
  const deps: DrillDeps & typeof base = { ...base, transposer: createPhraseTransposer() };
  return { deps, recall };
}

describe('drills', () => {
  it('makes a card per key and tempo, each phrase in its key at its tempo', async () => {
    const { deps } = setUp();
    const drill = await createDrill({ trickId: 't-encl', keys: 'all', tempos: [80, 120] }, deps);
    expect(drill.added).toHaveLength(24);
    expect(drill.progress).toEqual({ cells: 24, mastered: 0, needed: 18, done: false });
    const first = drill.cells[0]!;
    expect(first.drill).toMatchObject({ key: 'F', tempo: 80 });
    expect(first.prompt).toBe('Play "Chromatic enclosure of the third" in F at ♩=80.');
    const eb = drill.cells.find((card) => card.drill?.key === 'Eb' && card.drill.tempo === 120)!;
    expect(eb.prompt).toContain('in Eb at ♩=120 (down 2 from F)');
    expect(eb.answer).toMatch(/Q:1\/4=120\nK:Eb/);
    const phrase = (await readPhrase(eb.answer))!;
    expect(phrase.key.tonic).toBe(3);
    expect(phrase.notes[0]!.pitch).toBe((await readPhrase(first.answer))!.notes[0]!.pitch - 2);
    expect(new Set(drill.cells.map((card) => card.drill!.drillId)).size).toBe(1);
  });

  it('grows by new tempos without touching the cells it has, and refuses what it cannot drill', async () => {
    const { deps } = setUp();
    await createDrill({ trickId: 't-encl', keys: 'F,Bb', tempos: [80] }, deps);
    const grown = await createDrill({ trickId: 't-encl', keys: 'F,Bb,A#', tempos: [80, 100] }, deps);
    expect(grown.added.map((card) => `${card.drill!.key}@${card.drill!.tempo}`)).toEqual(['F@100', 'Bb@100']);
    expect(grown.cells).toHaveLength(4);
    await expect(createDrill({ trickId: 't-encl', keys: 'Dm', tempos: [80] }, deps)).rejects.toThrow(
      /major keys/,
    );
    await expect(createDrill({ trickId: 'nope', keys: 'C', tempos: [80] }, deps)).rejects.toThrow(
      /no trick "nope"/,
    );
  });

  it('schedules each cell on its own, and masters the ability when enough cells are mastered', async () => {
    const { deps, recall } = setUp();
    const { cells } = await createDrill({ trickId: 't-encl', keys: 'F,Bb,Eb,Ab', tempos: [100] }, deps);
    const reviewed = reviewCard({ cardId: cells[0]!.id, rating: 'easy' }, deps);
    expect(reviewed.card.memory.due.getTime()).toBeGreaterThan(fixtureStart.getTime());
    expect(deps.practice.getCard(cells[1]!.id)!.memory).toEqual(cells[1]!.memory);

    // The recall card and three of the four cells hold for 21 days; the fourth is still shaky.
    for (const card of [...recall, ...cells.slice(0, 3)])
      deps.practice.updateCard({ ...card, memory: { ...card.memory, stability: 30 } });
    expect(drillStatus('t-encl', deps).progress).toMatchObject({ mastered: 3, needed: 3, done: true });
    expect(isMastered(deps.practice.listCards({ abilityId: 'enclosures' }), 21)).toBe(true);
    deps.practice.updateCard({ ...cells[2]!, memory: { ...cells[2]!.memory, stability: 5 } });
    expect(isMastered(deps.practice.listCards({ abilityId: 'enclosures' }), 21)).toBe(false);
    expect(deps.repertoire.getAbility('enclosures')?.status).toBe('learning');
  });
});
