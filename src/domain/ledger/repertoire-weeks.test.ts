import { describe, expect, it } from 'vitest';
import { repertoireByWeek } from './repertoire-weeks.js';
import { weekOf } from './weeks.js';

const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
const week = (day: string) => weekOf(at(day));

describe('repertoireByWeek', () => {
  it('counts each ability once, at its latest status by the end of each week, whatever the order given', () => {
    const changes = [
      { abilityId: 'b', status: 'own' as const, at: at('2026-01-21') },
      { abilityId: 'a', status: 'lent' as const, at: at('2026-01-06') },
      { abilityId: 'b', status: 'lent' as const, at: at('2026-01-07') },
      { abilityId: 'a', status: 'learning' as const, at: at('2026-01-14') },
      { abilityId: 'b', status: 'learning' as const, at: at('2026-01-08') },
    ];
    const weeks = [week('2026-01-06'), week('2026-01-13'), week('2026-01-20'), week('2026-01-27')];
    expect(repertoireByWeek(changes, weeks)).toEqual([
      { own: 0, lent: 1, learning: 1 },
      { own: 0, lent: 0, learning: 2 },
      { own: 1, lent: 0, learning: 1 },
      { own: 1, lent: 0, learning: 1 },
    ]);
  });

  it('starts a later range from the repertoire as it stood, not from zero', () => {
    const changes = [{ abilityId: 'a', status: 'own' as const, at: at('2025-06-01') }];
    expect(repertoireByWeek(changes, [week('2026-01-06')])).toEqual([{ own: 1, lent: 0, learning: 0 }]);
  });
});
