/**
 * Where an alias came from: a name merged into the ability, a name the person confirmed as the same, or
 * a model's name that chops itself matched to it.
 */
export const aliasSources = ['merged', 'confirmed', 'matched'] as const;
export type AliasSource = (typeof aliasSources)[number];

/** Another name an ability has been known by; mapping and `chops can` find the ability by it. */
export interface AbilityAlias {
  abilityId: string;
  name: string;
  /** The normalised name (see ability-name.ts), which lookups compare. */
  key: string;
  source: AliasSource;
  createdAt: Date;
}

/** An ability the person said "not yet" to: remembered by its normalised name, so it is not asked again. */
export interface NotYet {
  key: string;
  name: string;
  at: Date;
}

/** At most this many aliases per ability are kept from the model's names (the person's are always kept). */
export const maxMatchedAliases = 40;
