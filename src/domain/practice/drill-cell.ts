import { z } from 'zod';

/** One cell of a drill: the phrase in one key at one tempo, scheduled as a card of its own. */
export interface DrillCell {
  /** The drill the cell belongs to: every cell of one trick's drill shares it. */
  drillId: string;
  /** The key the phrase is played in, e.g. "Eb". */
  key: string;
  /** Beats per minute. */
  tempo: number;
}

/** Share of a drill's cells that must be mastered for the drill to count as mastered. */
export const drillMasteryShare = 0.75;

/** A drill cell as read from outside (an export file). */
export const drillCellSchema = z.strictObject({
  drillId: z.string().min(1).max(64),
  key: z.string().regex(/^[A-G][#b]?m?$/),
  tempo: z.number().int().min(20).max(400),
});
