import type { MineIdea } from '../mine.js';

/** Where the person's own ideas are kept. */
export interface MineStore {
  insertMine(ideas: readonly MineIdea[]): void;
  /** Writes the measures (needs, reach, novelty, originality) of ideas already inserted. */
  updateMineMeasures(ideas: readonly MineIdea[]): void;
  /** Every own idea, oldest first. */
  listMine(): MineIdea[];
  getMine(id: string): MineIdea | undefined;
  /** The own ideas for one goal, in the order given. */
  mineForGoal(goalId: string): MineIdea[];
}
