import { dropNearDuplicates, selectDiverse } from '../../domain/diversity.js';
import type { Idea, IdeaSet } from '../../domain/idea.js';
import { VectorMatrix } from '../../domain/vector.js';

/** A candidate idea with its vector. */
export type Mapped = { idea: Idea; vector: Float32Array };

/**
 * The ideas kept for one set: repeats of earlier ideas (and, for reach, of the solo ideas) dropped, solo
 * ideas that need nothing beyond the person's own abilities preferred, then the most varied `count`.
 */
export function selectIdeas(
  set: IdeaSet,
  all: readonly Mapped[],
  avoid: VectorMatrix | undefined,
  count: number,
  goal: Float32Array | undefined,
  notes: string[],
): Mapped[] {
  const ofSet = all.filter((m) => m.idea.set === set);
  const fresh = dropNearDuplicates(
    ofSet.map((m) => m.vector),
    avoid,
  ).map((i) => ofSet[i]!);
  if (fresh.length < ofSet.length)
    notes.push(`${ofSet.length - fresh.length} ${set} candidates repeated earlier ideas and were dropped.`);
  let pool = fresh;
  if (set === 'solo') {
    const trulySolo = fresh.filter((m) => m.idea.reach === 0);
    if (trulySolo.length < count && trulySolo.length < fresh.length) {
      notes.push(
        `Only ${trulySolo.length} solo ideas need nothing beyond your own abilities; the solo set is thin.`,
      );
      pool = [
        ...trulySolo,
        ...fresh.filter((m) => m.idea.reach > 0).sort((a, b) => a.idea.reach - b.idea.reach),
      ].slice(0, count);
    } else {
      pool = trulySolo;
    }
  }
  const chosen = selectDiverse(
    pool.map((m) => m.vector),
    { count, goal },
  ).map((i) => pool[i]!);
  if (chosen.length < count) notes.push(`Only ${chosen.length} of ${count} ${set} ideas could be kept.`);
  return chosen;
}

/** Vectors to avoid repeating, as one matrix for fast scans; none when there are none. */
export function avoidMatrix(rows: readonly Float32Array[], dims: number): VectorMatrix | undefined {
  return rows.length ? VectorMatrix.fromRows(rows, dims) : undefined;
}
