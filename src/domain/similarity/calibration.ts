import { cosine, type Vector } from '../vector.js';
import {
  CALIBRATION_VERSION,
  differentAbilityPairs,
  ideaFamilies,
  sameAbilityPairs,
} from './calibration-references.js';

/**
 * What similarity means for one embedder: the thresholds of every decision chops takes on it, derived
 * from that embedder's own scores on the reference pairs, and carried with its model tag. Word vectors
 * put any two texts higher or lower than a sentence-embedding model does; a bare constant fits only one.
 */
export interface Calibration {
  /** The embedder's model tag; a calibration is only ever used with vectors of that model. */
  model: string;
  version: number;
  /** Two ability names with the same words up to their form are one ability at or above this. */
  sameAbility: number;
  /** Two ability names that differ by a word outright are one ability only at or above this. */
  sameAbilityOtherWords: number;
  /** A candidate repeats an earlier idea at or above this. */
  repeatIdea: number;
  /** Two candidates of one batch (one goal) are the same idea at or above this. */
  batchDuplicate: number;
  /** Typical similarity of ideas for unrelated goals: where novelty reaches 1. */
  unrelatedIdeas: number;
  /** Mean of the reference ideas' vectors: what every text of this embedder shares, removed for spread. */
  centre: number[];
}

/** Every text the references embed, each once. */
export function referenceTexts(): string[] {
  const texts = new Set<string>();
  for (const [a, b] of [...sameAbilityPairs, ...differentAbilityPairs]) texts.add(a).add(b);
  for (const family of ideaFamilies) {
    for (const idea of [family.base, family.rewording, ...family.others]) texts.add(ideaText(idea));
  }
  return [...texts];
}

/** How an idea is embedded (as `ideaText` in idea.ts, which imports nothing from here). */
function ideaText(idea: { title: string; pitch: string }): string {
  return `${idea.title}. ${idea.pitch}`;
}

/** The calibration of `model` from its vectors of {@link referenceTexts}. */
export function calibrationFrom(model: string, vectors: ReadonlyMap<string, Vector>): Calibration {
  const vector = (text: string) => {
    const found = vectors.get(text);
    if (!found) throw new RangeError(`No vector for the reference text "${text.slice(0, 40)}"`);
    return found;
  };
  const score = ([a, b]: readonly [string, string]) => cosine(vector(a), vector(b));
  const ideas = ideaFamilies.map((family) => ({
    base: ideaText(family.base),
    rewording: ideaText(family.rewording),
    others: family.others.map(ideaText),
  }));
  const rewordings = ideas.map((family) => score([family.base, family.rewording]));
  const siblings = ideas.flatMap((family) => {
    const all = [family.base, ...family.others];
    return all.flatMap((a, i) => all.slice(i + 1).map((b) => score([a, b])));
  });
  const strangers = ideas.flatMap((family, i) =>
    ideas.slice(i + 1).flatMap((other) => [family.base, ...family.others].map((a) => score([a, other.base]))),
  );
  const differentAbilities = differentAbilityPairs.map(score);
  const sameAbility = separating(sameAbilityPairs.map(score), differentAbilities, 0.6);
  const allIdeas = ideas.flatMap((family) => [family.base, family.rewording, ...family.others]);
  return {
    model,
    version: CALIBRATION_VERSION,
    sameAbility,
    // Other words: no reference pair of distinct abilities may come near; halfway to identity.
    sameAbilityOtherWords: Math.max(sameAbility, halfwayToOne(Math.max(...differentAbilities))),
    repeatIdea: separating(rewordings, [...siblings, ...strangers], 0.5),
    // Siblings of one batch share their goal, so they sit closer: only a clearer rewording is a duplicate.
    batchDuplicate: separating(rewordings, siblings, 0.6),
    unrelatedIdeas: median(strangers),
    centre: mean(allIdeas.map(vector)),
  };
}

/**
 * A threshold between scores of pairs that are the same (`same`) and pairs that are not (`different`):
 * `bias` of the way from the most similar different pair to the least similar same pair. When the
 * embedder cannot separate them it errs on keeping things apart: halfway from the most similar
 * different pair to identity.
 */
function separating(same: readonly number[], different: readonly number[], bias: number): number {
  const highestDifferent = Math.max(...different);
  const lowestSame = Math.min(...same);
  if (lowestSame <= highestDifferent) return halfwayToOne(highestDifferent);
  return highestDifferent + bias * (lowestSame - highestDifferent);
}

function halfwayToOne(score: number): number {
  return score + (1 - score) / 2;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function mean(vectors: readonly Vector[]): number[] {
  const sum = new Array<number>(vectors[0]?.length ?? 0).fill(0);
  for (const vector of vectors) for (let d = 0; d < sum.length; d++) sum[d]! += vector[d]!;
  return sum.map((value) => value / vectors.length);
}
