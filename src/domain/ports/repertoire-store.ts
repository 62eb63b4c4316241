import type { Ability, AbilityEvent, AbilityStatus } from '../ability.js';
import type { AbilityAlias, NotYet } from '../alias.js';
import type { Person } from '../person.js';

export interface AbilityFilter {
  domain?: string | undefined;
  status?: AbilityStatus | undefined;
}

/** Where abilities live. Synchronous: the SQLite adapter is, and use cases group writes in `transaction`. */
export interface RepertoireStore {
  listAbilities(filter?: AbilityFilter): Ability[];
  getAbility(id: string): Ability | undefined;
  /** Abilities whose name matches case-insensitively, in any domain. */
  findAbilitiesByName(name: string): Ability[];
  insertAbility(ability: Ability): void;
  updateAbility(ability: Ability): void;
  removeAbility(id: string): void;
  /**
   * Moves everything that refers to ability `fromId` (its history, tricks and cards, the needs of ideas
   * and the abilities of artifacts) onto `into`, then removes `fromId`. A trick of the same name as one
   * `into` already has joins it, cards and all.
   */
  mergeAbility(fromId: string, into: Ability): void;
  addAbilityEvent(event: AbilityEvent): void;
  /** Every alias of every ability (abilities carry their alias names too, as `aliases`). */
  listAliases(): AbilityAlias[];
  /** Adds an alias; one the ability already has (same key) is left as it is. */
  addAlias(alias: AbilityAlias): void;
  removeAlias(abilityId: string, key: string): void;
  /** The abilities the person said "not yet" to, and saying it (again: the latest time wins). */
  listNotYet(): NotYet[];
  rememberNotYet(entry: NotYet): void;
  forgetNotYet(key: string): void;
  listAbilityEvents(): AbilityEvent[];
  domains(): string[];
  /** Abilities per domain, largest first: a compact view of the repertoire for prompts. */
  domainCounts(limit: number): { domain: string; total: number; own: number }[];
  getPerson(): Person | undefined;
  savePerson(person: Person): void;
  /** Runs `work` in one transaction: all of its writes land, or none. */
  transaction<T>(work: () => T): T;
}
