import type { DatRecord } from '../dat.js';

/** Where the person's own DAT scores are kept. */
export interface DatStore {
  insertDatScore(record: DatRecord): void;
  /** Every score, oldest first. */
  listDatScores(): DatRecord[];
}
