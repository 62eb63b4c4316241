import type { Ability, AbilityEvent, AbilityStatus } from '../ability.js';
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
  listAbilityEvents(): AbilityEvent[];
  domains(): string[];
  /** Abilities per domain, largest first: a compact view of the repertoire for prompts. */
  domainCounts(limit: number): { domain: string; total: number; own: number }[];
  getPerson(): Person | undefined;
  savePerson(person: Person): void;
  /** Runs `work` in one transaction: all of its writes land, or none. */
  transaction<T>(work: () => T): T;
}
