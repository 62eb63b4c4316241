import type { Ability } from './ability.js';
import {
  acronymsOf,
  asAcronym,
  compactName,
  nameKey,
  sameNumbers,
  sameWordsUpToForm,
} from './ability-name.js';
import type { Calibration } from './similarity/calibration.js';
import { dot, nearest, VectorMatrix } from './vector.js';

/** Rows added after the matrix was built that are scanned one by one before it is rebuilt. */
const UNINDEXED_ROWS = 256;

/**
 * How close two ability names' vectors must be to be one ability, from the embedder's calibration:
 * `sameAbility` when the names share their words up to form, the higher `sameAbilityOtherWords` when a
 * word differs outright ("harmonic minor scale" / "melodic minor scale" are close vectors, yet two
 * abilities). High on purpose: a false merge loses information silently, a missed one is visible.
 */
export type MergeThresholds = Pick<Calibration, 'sameAbility' | 'sameAbilityOtherWords'>;

export interface DuplicateMatch {
  ability: Ability;
  reason: 'same name' | 'abbreviation' | 'similar meaning';
  /** Cosine similarity of the names' vectors, when that was the reason. */
  similarity?: number;
}

interface Candidate {
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
    candidates: readonly Candidate[],
    readonly thresholds: MergeThresholds,
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
      // The matrix covers the first rows; later ones are scanned one by one until there are enough of
      // them to be worth a new matrix, so adding thousands of abilities one at a time stays linear.
      if (this.#withVectors.length - (this.#matrix?.count ?? 0) > UNINDEXED_ROWS) this.#matrix = undefined;
    }
  }

  /** The ability `name` already is, if any: the same name, an acronym either way, or a near-identical meaning. */
  match(name: string, vector?: Float32Array): DuplicateMatch | undefined {
    const byName = this.#byName.get(nameKey(name)) ?? this.#byName.get(compactName(name));
    if (byName && sameNumbers(name, byName.name)) return { ability: byName, reason: 'same name' };
    const short = asAcronym(name);
    const acronyms = acronymsOf(name);
    const byAcronym =
      (short && this.#byAcronymMap().get(short)) ??
      (acronyms.length ? acronyms.map((a) => this.#shortNameMap().get(a)).find(Boolean) : undefined);
    if (byAcronym) return { ability: byAcronym, reason: 'abbreviation' };
    if (!vector) return undefined;
    const { sameAbility, sameAbilityOtherWords } = this.thresholds;
    const best = this.#nearest(vector, 5).find((hit) => {
      const other = this.#withVectors[hit.index]!.ability.name;
      if (hit.score < sameAbility || !sameNumbers(name, other)) return false;
      return hit.score >= sameAbilityOtherWords || sameWordsUpToForm(name, other);
    });
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
    if (limit <= 0) return [];
    return this.#nearest(vector, limit).map((hit) => ({
      ability: this.#withVectors[hit.index]!.ability,
      similarity: hit.score,
    }));
  }

  /** The `k` nearest rows: the matrix's best and those of the rows added since, merged. */
  #nearest(vector: Float32Array, k: number): { index: number; score: number }[] {
    const matrix = this.#vectorMatrix(vector.length);
    if (!matrix) return [];
    const hits = nearest(vector, matrix, k);
    for (let index = matrix.count; index < this.#withVectors.length; index++) {
      hits.push({ index, score: dot(vector, this.#withVectors[index]!.vector) });
    }
    if (hits.length === matrix.count && matrix.count === this.#withVectors.length) return hits;
    return hits.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, k);
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
