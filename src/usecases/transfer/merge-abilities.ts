import { type Ability, cleanLabel, maxAbilityNameLength, maxDomainLength } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { recordAlias } from '../repertoire/aliases.js';
import type { ChopsDocument } from './document-schema.js';
import { checked, date, type IdClaims, type ImportSummary, sameTime } from './import-support.js';
import type { TransferDeps } from './transfer-deps.js';

/**
 * The file's abilities merged into the repertoire, with their status history: same id, or same domain
 * and name under another id, is the ability chops has (the file's status wins when its copy is newer);
 * events already there are not added twice. An id chops uses for a different ability (made at another
 * time or in another domain) is a collision: the file's ability gets a new id. Returns each file id's
 * id in chops.
 */
export function mergeAbilities(
  document: ChopsDocument,
  deps: Pick<TransferDeps, 'repertoire'>,
  summary: ImportSummary,
  claims: IdClaims,
): Map<string, string> {
  const { repertoire } = deps;
  const abilityIds = new Map<string, string>();
  const byId = new Map(repertoire.listAbilities().map((ability) => [ability.id, ability]));
  const byName = new Map([...byId.values()].map((ability) => [nameIndex(ability), ability]));
  const events = new Set(repertoire.listAbilityEvents().map((e) => `${e.abilityId} ${e.status} ${+e.at}`));
  document.abilities.forEach((entry, i) => {
    const where = `abilities[${i}]`;
    const name = checked(() => cleanLabel(entry.name, 'ability name', maxAbilityNameLength), where);
    const domain = checked(() => cleanLabel(entry.domain, 'domain', maxDomainLength), where);
    const { events: history, aliases, ...fields } = entry;
    // Its name may have changed since (a rename), never when it was made nor its domain.
    const { id: claimed, here } = claims.claim(
      entry.id,
      byId.get(entry.id),
      (ability) => sameTime(ability.createdAt, entry.createdAt) && sameDomain(ability.domain, domain),
    );
    const ability: Ability = {
      ...fields,
      id: claimed,
      name,
      domain,
      key: nameKey(name),
      createdAt: date(entry.createdAt),
      updatedAt: date(entry.updatedAt),
    };
    const existing = here ?? byName.get(nameIndex(ability));
    if (!existing) {
      repertoire.insertAbility(ability);
      byId.set(ability.id, ability);
      byName.set(nameIndex(ability), ability);
      summary.added.abilities++;
    } else {
      if (existing.id !== ability.id) summary.mergedAbilities++;
      if (ability.updatedAt > existing.updatedAt) {
        const { kind, summary: text, status, updatedAt } = ability;
        Object.assign(existing, { kind, summary: text, status, updatedAt });
        repertoire.updateAbility(existing);
        summary.updated.abilities++;
      }
    }
    const id = existing?.id ?? ability.id;
    abilityIds.set(entry.id, id);
    // A name that is another ability's here is left out, never merged silently.
    for (const alias of aliases ?? [])
      recordAlias(repertoire, existing ?? ability, alias.name, alias.source, date(alias.createdAt));
    for (const event of history) {
      const key = `${id} ${event.status} ${+date(event.at)}`;
      if (events.has(key)) continue;
      events.add(key);
      repertoire.addAbilityEvent({ abilityId: id, status: event.status, at: date(event.at) });
      summary.added.events++;
    }
  });
  for (const entry of document.notYet ?? [])
    repertoire.rememberNotYet({ key: nameKey(entry.name), name: entry.name, at: date(entry.at) });
  return abilityIds;
}

const sameDomain = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// SQLite compares domains without ASCII case (COLLATE NOCASE); folding all case finds every clash.
const nameIndex = (ability: Pick<Ability, 'domain' | 'key'>) =>
  `${ability.domain.toLowerCase()}\n${ability.key}`;
