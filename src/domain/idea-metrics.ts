import type { Need } from './idea.js';
import type { Calibration } from './similarity/calibration.js';
import { vendiScore } from './similarity/vendi.js';
import { nearest, type Vector, type VectorMatrix } from './vector.js';

/** Share of an idea's needs that are not the person's own (0 when it has no needs). */
export function reachOf(needs: readonly Pick<Need, 'status'>[]): number {
  if (needs.length === 0) return 0;
  return needs.filter((need) => need.status !== 'own').length / needs.length;
}

/** How many of the nearest earlier ideas novelty looks at. */
const NOVELTY_NEIGHBOURS = 3;

/**
 * How far an idea is from the person's nearest earlier ideas, in 0..1, on the embedder's own scale:
 * 0 at its repeat threshold (or above), 1 at the typical similarity of ideas for unrelated goals (or
 * below). The closeness is the mean of the nearest one and the mean of the three nearest, so one close
 * idea counts most and a crowd of near ones counts too. 1 when there are no earlier ideas.
 */
export function noveltyOf(
  vector: Vector,
  earlier: VectorMatrix | undefined,
  scale: Pick<Calibration, 'repeatIdea' | 'unrelatedIdeas'>,
): number {
  const hits = earlier ? nearest(vector, earlier, NOVELTY_NEIGHBOURS) : [];
  if (hits.length === 0) return 1;
  const meanOfNearest = hits.reduce((sum, hit) => sum + hit.score, 0) / hits.length;
  const closeness = (hits[0]!.score + meanOfNearest) / 2;
  const span = scale.repeatIdea - scale.unrelatedIdeas;
  if (!(span > 0)) return closeness >= scale.repeatIdea ? 0 : 1;
  return clamp01((scale.repeatIdea - closeness) / span);
}

/**
 * The spread of a set of ideas: its Vendi score on vectors less the embedder's centre, the effective
 * number of distinct ideas (1 to the number of ideas); undefined with fewer than two.
 */
export function spreadOf(vectors: readonly Vector[], centre?: Vector): number | undefined {
  return vendiScore(vectors, centre);
}

/**
 * Reach spread over solo spread: how many more distinct ideas the lent abilities opened; undefined when
 * either is unknown.
 */
export function gainOf(soloSpread: number | undefined, reachSpread: number | undefined): number | undefined {
  if (soloSpread === undefined || reachSpread === undefined || soloSpread <= 0) return undefined;
  return reachSpread / soloSpread;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
