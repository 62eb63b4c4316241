import { selectDiverse, splitRepeats } from '../../domain/diversity.js';
import type { Idea, IdeaSet } from '../../domain/idea.js';
import type { Calibration } from '../../domain/similarity/calibration.js';
import { VectorMatrix } from '../../domain/vector.js';

/** A candidate idea with its vector. */
type Mapped = { idea: Idea; vector: Float32Array };

/** What a set's candidates are checked against. */
interface SelectionContext {
  /** The person's earlier ideas (of earlier imagines), as one matrix; none on a first imagine. */
  earlier: VectorMatrix | undefined;
  /** Ideas already kept for this goal (the solo set, when choosing reach). */
  siblings?: readonly Float32Array[];
  calibration: Calibration;
  goal: Float32Array | undefined;
}

/**
 * The ideas kept for one set: repeats of earlier ideas and duplicates within this imagine dropped (each
 * counted in a note of its own), solo ideas that need nothing beyond the person's own abilities
 * preferred, then the most varied `count`.
 */
export function selectIdeas(
  set: IdeaSet,
  all: readonly Mapped[],
  context: SelectionContext,
  count: number,
  notes: string[],
): Mapped[] {
  const ofSet = all.filter((m) => m.idea.set === set);
  const split = splitRepeats(
    ofSet.map((m) => m.vector),
    { matrix: context.earlier, ...(context.siblings ? { siblings: context.siblings } : {}) },
    context.calibration,
  );
  const fresh = split.kept.map((i) => ofSet[i]!);
  if (split.repeats.length > 0) notes.push(repeatNote(set, split.repeats.length));
  if (split.duplicates.length > 0) notes.push(duplicateNote(set, split.duplicates.length));
  let pool = fresh;
  if (set === 'solo') {
    const trulySolo = fresh.filter((m) => m.idea.reach === 0);
    if (trulySolo.length < count && trulySolo.length < fresh.length) {
      notes.push(soloNote(trulySolo.length));
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
    { count, goal: context.goal },
  ).map((i) => pool[i]!);
  if (chosen.length < count)
    notes.push(
      chosen.length === 0
        ? `None of the ${count} ${set} ideas could be kept.`
        : `Only ${chosen.length} of ${count} ${set} ideas could be kept.`,
    );
  return chosen;
}

/** "1 solo candidate repeated an earlier idea and was dropped." and its plural. */
function repeatNote(set: IdeaSet, count: number): string {
  return count === 1
    ? `1 ${set} candidate repeated an earlier idea and was dropped.`
    : `${count} ${set} candidates repeated earlier ideas and were dropped.`;
}

/** "1 reach candidate said again what another idea of this imagine said and was dropped." and plural. */
function duplicateNote(set: IdeaSet, count: number): string {
  return count === 1
    ? `1 ${set} candidate duplicated another idea of this imagine and was dropped.`
    : `${count} ${set} candidates duplicated other ideas of this imagine and were dropped.`;
}

/** The note for a thin solo set, in words that agree with the number. */
export function soloNote(trulySolo: number): string {
  const which =
    trulySolo === 0
      ? 'No solo idea stays'
      : `Only ${trulySolo} ${trulySolo === 1 ? 'solo idea stays' : 'solo ideas stay'}`;
  return `${which} within your own abilities; the solo set is thin.`;
}

/** Vectors to avoid repeating, as one matrix for fast scans; none when there are none. */
export function avoidMatrix(rows: readonly Float32Array[], dims: number): VectorMatrix | undefined {
  return rows.length ? VectorMatrix.fromRows(rows, dims) : undefined;
}
