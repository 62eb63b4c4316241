import { type Ability, type AbilityStatus, cleanLabel, maxAbilityNameLength } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import { findAbility } from './find-ability.js';
import type { RepertoireDeps } from './repertoire-deps.js';

/** Renames an ability; refuses a name that is already another ability of the same domain. */
export async function renameAbility(
  reference: string,
  newName: string,
  options: { domain?: string | undefined },
  deps: RepertoireDeps,
): Promise<{ before: string; ability: Ability }> {
  const ability = findAbility(deps.store, reference, options.domain);
  const name = cleanLabel(newName, 'ability name', maxAbilityNameLength);
  const key = nameKey(name);
  const clash = deps.store
    .listAbilities({ domain: ability.domain })
    .find((a) => a.key === key && a.id !== ability.id);
  if (clash) {
    throw new UserInputError(
      `"${clash.name}" already exists in "${ability.domain}"; remove one of them instead`,
    );
  }
  const [vector] = await deps.embedder.embed([name]);
  const renamed: Ability = { ...ability, name, key, updatedAt: deps.clock.now() };
  deps.store.transaction(() => {
    deps.store.updateAbility(renamed);
    // The old name's vectors, of every model, describe a name that no longer exists.
    deps.vectors.removeVectors('ability', ability.id);
    deps.vectors.putVector('ability', ability.id, deps.embedder.model, vector!);
  });
  return { before: ability.name, ability: renamed };
}

/** Sets an ability's status by the person's word, keeping the change in its history. */
export function setAbilityStatus(
  reference: string,
  status: AbilityStatus,
  options: { domain?: string | undefined },
  deps: Pick<RepertoireDeps, 'store' | 'clock'>,
): { before: AbilityStatus; ability: Ability } {
  const ability = findAbility(deps.store, reference, options.domain);
  if (ability.status === status) return { before: status, ability };
  const now = deps.clock.now();
  const changed: Ability = { ...ability, status, updatedAt: now };
  deps.store.transaction(() => {
    deps.store.updateAbility(changed);
    deps.store.addAbilityEvent({ abilityId: ability.id, status, at: now });
  });
  return { before: ability.status, ability: changed };
}

/** Removes an ability with its history and vectors. */
export function removeAbility(
  reference: string,
  options: { domain?: string | undefined },
  deps: Pick<RepertoireDeps, 'store'>,
): Ability {
  const ability = findAbility(deps.store, reference, options.domain);
  deps.store.transaction(() => deps.store.removeAbility(ability.id));
  return ability;
}

// Further along the loop wins: an ability merged with one the person owns is owned.
const statusRank: Record<AbilityStatus, number> = { lent: 0, learning: 1, own: 2 };

/**
 * Merges one ability into another (two names the deduplication did not catch): everything that referred
 * to it now refers to the other, which keeps the more advanced of the two statuses. One transaction.
 */
export function mergeAbility(
  reference: string,
  intoReference: string,
  options: { domain?: string | undefined },
  deps: Pick<RepertoireDeps, 'store' | 'clock'>,
): { merged: Ability; into: Ability } {
  const merged = findAbility(deps.store, reference, options.domain);
  const target = findAbility(deps.store, intoReference, options.domain);
  if (merged.id === target.id)
    throw new UserInputError(`"${merged.name}" and "${target.name}" are already one ability`);
  const now = deps.clock.now();
  const status = statusRank[merged.status] > statusRank[target.status] ? merged.status : target.status;
  const into: Ability = { ...target, status, updatedAt: now };
  deps.store.transaction(() => {
    deps.store.mergeAbility(merged.id, into);
    // The merged name stays known: mapping finds "2-5-1s" again as "ii-V-I".
    if (merged.key !== into.key)
      deps.store.addAlias({
        abilityId: into.id,
        name: merged.name,
        key: merged.key,
        source: 'merged',
        createdAt: now,
      });
    deps.store.updateAbility(into);
    if (status !== target.status) deps.store.addAbilityEvent({ abilityId: into.id, status, at: now });
  });
  return { merged, into };
}

/** Forgets one name an ability was known by; the ability itself is unchanged. */
export function removeAlias(
  name: string,
  options: { domain?: string | undefined },
  deps: Pick<RepertoireDeps, 'store'>,
): { ability: Ability; alias: string } {
  const key = nameKey(name);
  const aliases = deps.store.listAliases().filter((alias) => alias.key === key);
  const found = aliases
    .map((alias) => ({ alias, ability: deps.store.getAbility(alias.abilityId)! }))
    .filter(
      ({ ability }) => !options.domain || ability.domain.toLowerCase() === options.domain.toLowerCase(),
    );
  if (found.length === 0) throw new NotFoundError(`no ability is known as "${name}" (see chops repertoire)`);
  if (found.length > 1)
    throw new UserInputError(`"${name}" names abilities in several domains; say which with --domain`);
  const [{ alias, ability }] = found as [(typeof found)[number]];
  deps.store.transaction(() => deps.store.removeAlias(ability.id, alias.key));
  return { ability, alias: alias.name };
}
