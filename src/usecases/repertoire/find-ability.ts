import type { Ability } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import type { RepertoireStore } from '../../domain/ports/repertoire-store.js';
import { minTypedIdLength } from '../../domain/record-id.js';

/**
 * The ability a person means by `reference`: its id, or its name in any spelling that normalises alike
 * ("Chord voicings" finds "chord voicing"), or a name it has been known by (an alias). A name found in
 * several domains needs `domain`.
 */
export function findAbility(store: RepertoireStore, reference: string, domain?: string): Ability {
  const byId = store.getAbility(reference.trim());
  if (byId) return byId;
  const key = nameKey(reference);
  const abilities = store.listAbilities({ domain });
  const matches = abilities.filter(
    (ability) => ability.key === key || ability.name.toLocaleLowerCase() === reference.toLocaleLowerCase(),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    // Not a current name: perhaps a name it has been known by.
    const ids = new Set(
      store
        .listAliases()
        .filter((alias) => alias.key === key)
        .map((a) => a.abilityId),
    );
    const known = [...ids]
      .map((id) => store.getAbility(id))
      .filter((a) => a && (!domain || a.domain.toLowerCase() === domain.toLowerCase()));
    if (known.length === 1) return known[0]!;
  }
  // Not a name: perhaps the start of an id, as people type them (see domain/record-id.ts).
  const typed = reference.trim();
  const prefixed =
    matches.length === 0 && typed.length >= minTypedIdLength
      ? abilities.filter((ability) => ability.id.startsWith(typed))
      : [];
  if (prefixed.length === 1) return prefixed[0]!;
  const where = domain ? ` in domain "${domain}"` : '';
  if (matches.length === 0)
    throw new NotFoundError(`no ability "${reference}"${where} (see chops repertoire)`);
  const domains = matches.map((a) => `"${a.domain}"`).join(', ');
  throw new UserInputError(`"${reference}" is in several domains (${domains}); say which with --domain`);
}
