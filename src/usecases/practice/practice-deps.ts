import type { Clock, GenerateId } from '../../domain/ports/clock.js';
import type { PracticeStore } from '../../domain/ports/practice-store.js';
import type { RepertoireStore } from '../../domain/ports/repertoire-store.js';
import type { SchedulerFitStore } from '../../domain/ports/scheduler-fit-store.js';

/**
 * What the practice use cases need. `practice` and `repertoire` must share one database: a review, its
 * card and the mastery promotion it causes are written in one `practice.transaction`.
 */
export interface PracticeDeps {
  practice: PracticeStore;
  repertoire: RepertoireStore;
  clock: Clock;
  generateId: GenerateId;
  /** Stability in days at which a card counts as mastered (`mastery-days`; default 21). */
  masteryDays: number;
  /** The scheduler's fits to the person: reviews are scheduled with the newest one's parameters. */
  fits: SchedulerFitStore;
  /** Cards a day at most (`daily-limit`); no limit when left out. */
  dailyLimit?: number | undefined;
  /** Lapses at which a card is a leech (`leech-lapses`; default 8). */
  leechLapses: number;
}
