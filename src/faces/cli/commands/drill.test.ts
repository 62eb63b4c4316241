import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { newTrick } from '../../../domain/practice/trick.js';
import { saveTricks } from '../../../usecases/practice/save-tricks.js';
import { sqlitePracticeDeps } from '../../../usecases/practice/test-support/practice-deps.js';
import {
  addAbility,
  fixtureStart,
  trickWithCards,
} from '../../../usecases/practice/test-support/practice-fixture.js';

const tempFolder = temporaryFolders();
const env = { CHOPS_NOW: fixtureStart.toISOString() };

function seeded() {
  const home = tempFolder();
  const deps = sqlitePracticeDeps(home);
  addAbility(deps, 'bebop', { name: 'Bebop enclosures' });
  const lick = newTrick(
    {
      abilityId: 'bebop',
      name: 'Enclosing the third',
      explanation: 'Above, below, then the target.',
      example: 'X:1\nM:4/4\nL:1/8\nK:G\n"D7" z2 cA ^AB z2 | "G" G8 |]',
      format: 'abc',
    },
    't-lick',
    fixtureStart,
  );
  saveTricks([lick], trickWithCards('bebop', 't-lick', 1).cards, deps);
  const js = trickWithCards('bebop', 't-js', 1);
  saveTricks([{ ...js.trick, format: 'js', name: 'a js trick', key: 'a js trick' }], js.cards, deps);
  return { home, deps };
}

describe('chops drill', () => {
  it('lists the abc tricks, builds a drill of keys and tempos, and shows it as a grid', async () => {
    const { home, deps } = seeded();
    const listed = await runChops(['drill'], { home, env });
    expect(listed.stdout).toContain('t-lick  Enclosing the third');
    expect(listed.stdout).not.toContain('a js trick');

    const made = await runChops(['drill', 't-lick', '--keys', 'all', '--tempos', '60-100/20'], { home, env });
    expect(made.stderr).toBe('');
    expect(made.stdout).toContain('Added 36 cells; each is a card of its own in chops practice.');
    expect(made.stdout).toMatch(/key\s+♩=60\s+♩=80\s+♩=100/);
    expect(made.stdout).toMatch(/^ {2}Db\s+·\s+·\s+·$/m);
    expect(made.stdout).toContain('0/36 cells mastered; 27 make the drill mastered');

    const more = await runChops(['drill', 't-lick', '--tempos', '120', '--json'], { home, env });
    const drill = JSON.parse(more.stdout);
    expect(drill.cells).toHaveLength(48);
    expect(drill.progress).toEqual({ cells: 48, mastered: 0, needed: 36, done: false });

    const queue = JSON.parse(
      (await runChops(['practice', '--json', '--limit', '100'], { home, env })).stdout,
    );
    const cell = queue.cards.find(
      (card: { drill: { key: string; tempo: number } | null }) =>
        card.drill?.key === 'Bb' && card.drill.tempo === 80,
    );
    expect(cell.answer).toMatch(/Q:1\/4=80\nK:Bb/);
    expect(deps.repertoire.getAbility('bebop')?.status).toBe('learning');
  });

  it('refuses what it cannot drill in one line', async () => {
    const { home } = seeded();
    const cases: [string[], number, RegExp][] = [
      [['drill', 't-js', '--keys', 'C', '--tempos', '80'], 1, /is a js trick: drills are for abc phrases/],
      [['drill', 't-lick', '--keys', 'H', '--tempos', '80'], 1, /"H" is not a key/],
      [['drill', 't-lick', '--keys', 'C', '--tempos', 'fast'], 2, /whole beats per minute/],
      [['drill', 't-lick', '--keys', 'C'], 1, /needs both --keys and --tempos/],
      [['drill', 'nope'], 1, /no trick "nope"/],
    ];
    for (const [args, code, message] of cases) {
      const result = await runChops(args, { home, env });
      expect([args, result.code]).toEqual([args, code]);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
