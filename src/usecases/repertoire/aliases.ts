import type { Ability } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { type AliasSource, maxMatchedAliases } from '../../domain/alias.js';
import type { RepertoireStore } from '../../domain/ports/repertoire-store.js';

type AliasOutcome =
  | { outcome: 'added' | 'known' }
  /** The name is already another ability's name or alias: never merged silently. */
  | { outcome: 'clash'; other: Ability };

/**
 * Keeps `name` as another name of `ability`, unless it is that ability's name already, or another
 * ability of the same domain is called so (by name or alias): then it says so and changes nothing.
 * Synchronous, for use inside the caller's transaction.
 */
export function recordAlias(
  store: RepertoireStore,
  ability: Ability,
  name: string,
  source: AliasSource,
  at: Date,
): AliasOutcome {
  const key = nameKey(name);
  if (key === '' || key === ability.key) return { outcome: 'known' };
  const domain = ability.domain.toLowerCase();
  const sameDomain = (other: Ability | undefined): other is Ability =>
    other !== undefined && other.id !== ability.id && other.domain.toLowerCase() === domain;
  const named = store.listAbilities({ domain: ability.domain }).find((o) => o.key === key && sameDomain(o));
  if (named) return { outcome: 'clash', other: named };
  const aliases = store.listAliases();
  const aliased = aliases
    .filter((alias) => alias.key === key)
    .map((alias) => store.getAbility(alias.abilityId))
    .find(sameDomain);
  if (aliased) return { outcome: 'clash', other: aliased };
  const own = aliases.filter((alias) => alias.abilityId === ability.id);
  if (own.some((alias) => alias.key === key)) return { outcome: 'known' };
  if (source === 'matched' && own.filter((a) => a.source === 'matched').length >= maxMatchedAliases)
    return { outcome: 'known' };
  store.addAlias({ abilityId: ability.id, name, key, source, createdAt: at });
  return { outcome: 'added' };
}
