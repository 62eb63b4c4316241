import type { Ability } from './ability.js';
import { acronymsOf, asAcronym, compactName, nameKey, nameTokens } from './ability-name.js';
import type { AbilityAlias } from './alias.js';
import type { AbilityIndex, DuplicateMatch } from './deduplication.js';
import type { Calibration } from './similarity/calibration.js';
import { cosine } from './vector.js';

/** How chops recognised a name as an ability: its own deduplication, an alias, or a claim it checked. */
export interface Recognition {
  ability: Ability;
  reason: DuplicateMatch['reason'] | 'alias' | 'claim';
  similarity?: number | undefined;
}

/**
 * How close a model's name must be to the ability it claims to be, when the names share no word: a
 * floor under which the claim is implausible, well below the merge threshold because the claim is
 * evidence too. Calibrated for the embedder in use: the same share of the way from its baseline for
 * unrelated texts to its same-ability threshold. With the word vectors (0.17 and 0.92) the floor is
 * about 0.60, and claims a strong model makes rightly pass ("SDS-PAGE gel electrophoresis" / "SDS-PAGE"
 * 0.75, "guide-tone lines" / "guide tones" 0.84) while wrong ones fail ("Python scripting" / "enzyme
 * kinetics" 0.17, "JavaScript" / "tritone subs" 0.18).
 */
export function claimFloor(calibration: Pick<Calibration, 'sameAbility' | 'unrelatedIdeas'>): number {
  const { sameAbility, unrelatedIdeas } = calibration;
  return unrelatedIdeas + claimShare * (sameAbility - unrelatedIdeas);
}

const claimShare = 0.58;

/**
 * The repertoire as chops recognises names against it: the deduplication index (same name, acronym,
 * near-identical meaning) and, before it, every alias an ability has been known by.
 */
export class RepertoireIndex {
  readonly #aliases = new Map<string, Ability>();
  readonly #byId = new Map<string, Ability>();
  readonly #vectors = new Map<string, Float32Array>();

  constructor(
    readonly index: AbilityIndex,
    abilities: readonly { ability: Ability; vector?: Float32Array | undefined }[],
    aliases: readonly Pick<AbilityAlias, 'abilityId' | 'name' | 'key'>[],
    /** The embedder's floor for a model's claim (`claimFloor`); without one, claims are judged by words. */
    readonly claimFloor?: number,
  ) {
    for (const { ability, vector } of abilities) {
      this.#byId.set(ability.id, ability);
      if (vector) this.#vectors.set(ability.id, vector);
    }
    for (const alias of aliases) {
      const ability = this.#byId.get(alias.abilityId);
      if (!ability) continue;
      for (const key of [alias.key, ...lookupKeys(alias.name)]) {
        if (key !== '' && !this.#aliases.has(key)) this.#aliases.set(key, ability);
      }
    }
  }

  get(id: string): Ability | undefined {
    return this.#byId.get(id);
  }

  vectorOf(id: string): Float32Array | undefined {
    return this.#vectors.get(id);
  }

  /** The ability `name` is by name or alias alone: no vectors, so it is cheap enough for every listing. */
  byName(name: string): Ability | undefined {
    return this.index.match(name)?.ability ?? this.#byAlias(name);
  }

  /** The ability `name` is, by chops's own judgement: its name, an alias, or the deduplication index. */
  match(name: string, vector?: Float32Array): Recognition | undefined {
    const exact = this.index.match(name);
    if (exact) return exact;
    const alias = this.#byAlias(name);
    if (alias) return { ability: alias, reason: 'alias' };
    return vector ? this.index.match(name, vector) : undefined;
  }

  add(ability: Ability, vector?: Float32Array): void {
    this.index.add({ ability, vector });
    this.#byId.set(ability.id, ability);
    if (vector) this.#vectors.set(ability.id, vector);
  }

  #byAlias(name: string): Ability | undefined {
    for (const key of lookupKeys(name)) {
      const ability = this.#aliases.get(key);
      if (ability) return ability;
    }
    return undefined;
  }
}

/**
 * The keys an alias is found by: its normalised and compact forms, and the same with a plural of digits
 * made singular ("2-5-1s" is how people write several "2-5-1"s).
 */
function lookupKeys(name: string): string[] {
  const singular = name.replace(/(\d)'?s\b/g, '$1');
  const forms = [nameKey(name), compactName(name), nameKey(singular), compactName(singular)];
  return [...new Set(forms)].filter((key) => key !== '');
}

/**
 * Whether `name` could plausibly be `ability`, by chops's own measures: the names share a word (up to
 * its form), one is the other's initials, or their vectors are at least `threshold` similar. Used to
 * check a model's claim and to suggest "is this your …?"; never enough to merge on its own.
 */
export function plausiblySame(
  name: string,
  vector: Float32Array | undefined,
  ability: Ability,
  abilityVector: Float32Array | undefined,
  threshold: number | undefined,
): boolean {
  const mine = contentWords(name);
  const theirs = contentWords(ability.name);
  if (mine.some((word) => theirs.includes(word))) return true;
  const short = asAcronym(name);
  if (short && acronymsOf(ability.name).includes(short)) return true;
  const theirShort = asAcronym(ability.name);
  if (theirShort && acronymsOf(name).includes(theirShort)) return true;
  if (threshold === undefined || vector === undefined || abilityVector === undefined) return false;
  return cosine(vector, abilityVector) >= threshold;
}

// Words too common in ability names to show two names are one: sharing "analysis" proves nothing.
const commonWords = new Set(['analysis', 'design', 'writing', 'basic', 'advanced', 'skill', 'method', 'and']);

function contentWords(name: string): string[] {
  return nameTokens(name).filter((word) => [...word].length >= 2 && !commonWords.has(word));
}
