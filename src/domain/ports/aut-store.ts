import type { AutRecord } from '../aut.js';

/** Where the person's own Alternative Uses Task answers are kept. */
export interface AutStore {
  insertAutScore(record: AutRecord): void;
  /** Every answer, oldest first. */
  listAutScores(): AutRecord[];
}
