/**
 * The Alternative Uses Task (Guilford 1967): as many unusual uses of an everyday object as one can
 * think of in a few minutes. Scored for fluency (how many uses), originality (each use's predicted
 * human rating, 1–5, by the offline scorer) and flexibility (how many different kinds of use).
 */

/** Minutes the task runs by default; studies give two to three. */
export const AUT_DEFAULT_MINUTES = 3;

/** Longest single use accepted; a use is a phrase or a sentence or two. */
export const MAX_AUT_USE_CHARACTERS = 500;

/** Most uses one answer may hold. */
export const MAX_AUT_USES = 200;

/** One use, with its originality. */
export interface AutUse {
  response: string;
  /** 1 (common) … 5 (highly original): the predicted mean human rating. */
  originality: number;
}

/** A scored answer. */
export interface AutResult {
  object: string;
  uses: AutUse[];
  /** Number of distinct uses. */
  fluency: number;
  /** Mean originality of the uses. */
  originality: number;
  /** Mean originality of the two most original uses (less tied to fluency than the mean). */
  bestOriginality: number;
  /** Kinds of use the uses span; undefined for an object chops has no norm of. */
  flexibility: number | undefined;
}

/** A kept answer of the person's own. */
export interface AutRecord extends AutResult {
  id: string;
  takenAt: Date;
  /** How long the task ran, if it was timed. */
  seconds: number | undefined;
}

/**
 * The uses of an answer: trimmed, empty ones dropped, repeats (ignoring case and spacing) counted
 * once, in the order given.
 */
export function distinctUses(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const uses: string[] = [];
  for (const entry of entries) {
    const use = entry.trim().replace(/\s+/g, ' ');
    const key = use.toLowerCase();
    if (use === '' || seen.has(key)) continue;
    seen.add(key);
    uses.push(use);
  }
  return uses;
}

/** The summary of scored uses; `kinds` holds each use's kind where the object has a norm. */
export function summariseAut(
  object: string,
  uses: readonly AutUse[],
  kinds: readonly (number | undefined)[],
): AutResult {
  const values = uses.map((use) => use.originality);
  const best = [...values].sort((a, b) => b - a).slice(0, 2);
  const known = kinds.filter((kind): kind is number => kind !== undefined);
  return {
    object,
    uses: [...uses],
    fluency: uses.length,
    originality: mean(values),
    bestOriginality: mean(best),
    flexibility: uses.length > 0 && known.length === uses.length ? new Set(known).size : undefined,
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
