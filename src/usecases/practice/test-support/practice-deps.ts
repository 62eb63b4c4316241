import { openDatabase } from '../../../adapters/store/open-database.js';
import { SqlitePracticeStore } from '../../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import { SqliteSchedulerFitStore } from '../../../adapters/store/sqlite-scheduler-fit-store.js';
import { defaultLeechLapses } from '../../../domain/practice/load.js';
import type { PracticeDeps } from '../practice-deps.js';
import { fixtureStart } from './practice-fixture.js';

/** Practice deps over a real SQLite file in `folder`, with a clock the test moves by hand. */
export function sqlitePracticeDeps(folder: string): PracticeDeps & { at: (time: Date) => void } {
  const db = openDatabase(folder);
  let now = fixtureStart;
  let ids = 0;
  return {
    practice: new SqlitePracticeStore(db),
    repertoire: new SqliteRepertoireStore(db),
    clock: { now: () => now },
    generateId: () => `id${++ids}`,
    masteryDays: 21,
    fits: new SqliteSchedulerFitStore(db),
    leechLapses: defaultLeechLapses,
    at: (time) => {
      now = time;
    },
  };
}
