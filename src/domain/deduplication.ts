import type { Ability } from './ability.js';
import { acronymsOf, asAcronym, compactName, nameKey, sameWordsUpToForm } from './ability-name.js';
import { nearest, VectorMatrix } from './vector.js';

/**
 * How close two ability names' vectors must be to count as one ability. High on purpose: merging two
 * different abilities loses information silently, while a missed merge is visible and easy to fix.
 */
export const defaultMergeSimilarity = 0.9;

/**
 * The similarity needed when the names differ by a word outright (not just by its form): vectors alone
 * put "harmonic minor scale" and "melodic minor scale" at 0.925, yet they are two abilities.
 */
export const differentWordsMergeSimilarity = 0.97;

export interface DuplicateMatch {
  ability: Ability;
  reason: 'same name' | 'abbreviation' | 'similar meaning';
  /** Cosine similarity of the names' vectors, when that was the reason. */
  similarity?: number;
}

export interface Candidate {
  ability: Ability;
  /** The name's unit vector, when there is one. */
  vector?: Float32Array | undefined;
}

/**
 * Abilities indexed for "is this name one of them?": by normalised name, by acronym either way, and by
 * vector. Lookups by name are constant time and by vector one scan, so that mapping every need of every
 * candidate idea onto a repertoire of 10,000 abilities stays fast.
 */
export class AbilityIndex {
  readonly #byName = new Map<string, Ability>();
  /** Every ability, in order, for the acronym maps, which are built only when a name asks for them. */
  readonly #all: Ability[] = [];
  /** Multi-word abilities by their initials. */
  #byAcronym: Map<string, Ability> | undefined;
  /** Short single-word abilities ("FFT") by their text. */
  #shortNames: Map<string, Ability> | undefined;
  readonly #withVectors: { ability: Ability; vector: Float32Array }[] = [];
  #matrix: VectorMatrix | undefined;

  constructor(
    candidates: readonly Candidate[] = [],
    readonly threshold = defaultMergeSimilarity,
  ) {
    for (const candidate of candidates) this.add(candidate);
  }

  add({ ability, vector }: Candidate): void {
    // The stored key is the normalised name (computed once, when the ability was saved).
    for (const key of [ability.key, compactName(ability.name)]) {
      if (!this.#byName.has(key)) this.#byName.set(key, ability);
    }
    this.#all.push(ability);
    if (this.#byAcronym) this.#addAcronyms(ability);
    if (this.#shortNames) this.#addShortName(ability);
    if (vector?.some((x) => x !== 0)) {
      this.#withVectors.push({ ability, vector });
      this.#matrix = undefined;
    }
  }

  /** The ability `name` already is, if any: the same name, an acronym either way, or a near-identical meaning. */
  match(name: string, vector?: Float32Array): DuplicateMatch | undefined {
    const byName = this.#byName.get(nameKey(name)) ?? this.#byName.get(compactName(name));
    if (byName) return { ability: byName, reason: 'same name' };
    const short = asAcronym(name);
    const acronyms = acronymsOf(name);
    const byAcronym =
      (short && this.#byAcronymMap().get(short)) ??
      (acronyms.length ? acronyms.map((a) => this.#shortNameMap().get(a)).find(Boolean) : undefined);
    if (byAcronym) return { ability: byAcronym, reason: 'abbreviation' };
    if (!vector) return undefined;
    const matrix = this.#vectorMatrix(vector.length);
    if (!matrix) return undefined;
    const best = nearest(vector, matrix, 5).find(
      (hit) =>
        hit.score >= this.threshold &&
        (hit.score >= differentWordsMergeSimilarity ||
          sameWordsUpToForm(name, this.#withVectors[hit.index]!.ability.name)),
    );
    if (!best) return undefined;
    return {
      ability: this.#withVectors[best.index]!.ability,
      reason: 'similar meaning',
      similarity: best.score,
    };
  }

  // Splitting every name into words is the costliest part of indexing a large repertoire, and most
  // lookups never need it: each acronym map is built on the first lookup that does.
  #byAcronymMap(): Map<string, Ability> {
    if (!this.#byAcronym) {
      this.#byAcronym = new Map();
      for (const ability of this.#all) this.#addAcronyms(ability);
    }
    return this.#byAcronym;
  }

  #shortNameMap(): Map<string, Ability> {
    if (!this.#shortNames) {
      this.#shortNames = new Map();
      // Only a short name without separators can be an acronym: a cheap test spares the rest.
      for (const ability of this.#all) if (ability.name.length <= 8) this.#addShortName(ability);
    }
    return this.#shortNames;
  }

  #addAcronyms(ability: Ability): void {
    for (const acronym of acronymsOf(ability.name)) {
      if (!this.#byAcronym!.has(acronym)) this.#byAcronym!.set(acronym, ability);
    }
  }

  #addShortName(ability: Ability): void {
    const short = asAcronym(ability.name);
    if (short && !this.#shortNames!.has(short)) this.#shortNames!.set(short, ability);
  }

  /** The `limit` abilities whose vectors are closest to `vector`, most similar first. */
  closest(vector: Float32Array, limit: number): { ability: Ability; similarity: number }[] {
    const matrix = this.#vectorMatrix(vector.length);
    if (!matrix || limit <= 0) return [];
    return nearest(vector, matrix, limit).map((hit) => ({
      ability: this.#withVectors[hit.index]!.ability,
      similarity: hit.score,
    }));
  }

  #vectorMatrix(dims: number): VectorMatrix | undefined {
    if (this.#withVectors.length === 0) return undefined;
    this.#matrix ??= VectorMatrix.fromRows(
      this.#withVectors.map((c) => c.vector),
      dims,
    );
    return this.#matrix;
  }
}
