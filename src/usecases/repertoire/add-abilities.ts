import {
  type Ability,
  type AbilityKind,
  type AbilityStatus,
  cleanLabel,
  cleanSummary,
  maxAbilityNameLength,
  maxDomainLength,
} from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { AbilityIndex } from '../../domain/deduplication.js';
import { UserInputError } from '../../domain/errors/index.js';
import { type Recognition, RepertoireIndex } from '../../domain/recognition.js';
import { calibrationFor } from '../similarity/calibration-for.js';
import { abilityVectors } from './ability-vectors.js';
import type { RepertoireDeps } from './repertoire-deps.js';

interface AddAbilitiesInput {
  names: readonly string[];
  domain: string;
  kind?: AbilityKind;
  summary?: string;
  /** `own` when the person says they can (the default); `lent` when the model used it for them. */
  status?: AbilityStatus;
}

export type AddOutcome =
  | { outcome: 'added'; name: string; ability: Ability }
  /** The name is an ability already there; `promoted` when that ability just became the person's own. */
  | { outcome: 'merged'; name: string; ability: Ability; match: Recognition; promoted: boolean };

/**
 * Adds abilities to the repertoire, merging each name that is an ability already there (same domain:
 * same normalised name, abbreviation, or near-identical meaning). All names are checked before any is
 * stored, and all are stored in one transaction: a bad line in a pasted list saves nothing.
 */
export async function addAbilities(input: AddAbilitiesInput, deps: RepertoireDeps): Promise<AddOutcome[]> {
  const domain = cleanLabel(input.domain, 'domain', maxDomainLength);
  const names = input.names.map((raw, i) => {
    try {
      return cleanLabel(raw, 'ability name', maxAbilityNameLength);
    } catch (error) {
      const where = input.names.length > 1 ? ` (item ${i + 1})` : '';
      throw new UserInputError(`${(error as Error).message}${where}; nothing was added`);
    }
  });
  if (names.length === 0) throw new UserInputError('no ability names given');
  const summary = cleanSummary(input.summary);
  const status = input.status ?? 'own';

  await abilityVectors(deps.store.listAbilities({ domain }), deps);
  const newVectors = await deps.embedder.embed(names);
  const calibration = await calibrationFor(deps);
  const now = deps.clock.now();
  return deps.store.transaction(() => {
    // Read inside the write lock: another process may have added one of these names meanwhile.
    const existing = deps.store.listAbilities({ domain });
    const stored = deps.vectors.getVectors(
      'ability',
      deps.embedder.model,
      existing.map((a) => a.id),
    );
    const candidates = existing.map((ability) => ({ ability, vector: stored.get(ability.id) }));
    const index = new RepertoireIndex(
      new AbilityIndex(candidates, calibration),
      candidates,
      deps.store.listAliases(),
    );
    return names.map((name, i): AddOutcome => {
      const vector = newVectors[i]!;
      const match = index.match(name, vector);
      if (match) return merge(name, match, status, now, deps);
      const ability: Ability = {
        id: deps.generateId(),
        name,
        key: nameKey(name),
        domain: existing[0]?.domain ?? domain,
        kind: input.kind ?? 'skill',
        summary,
        status,
        createdAt: now,
        updatedAt: now,
      };
      deps.store.insertAbility(ability);
      deps.store.addAbilityEvent({ abilityId: ability.id, status, at: now });
      deps.vectors.putVector('ability', ability.id, deps.embedder.model, vector);
      index.add(ability, vector);
      return { outcome: 'added', name, ability };
    });
  });
}

function merge(
  name: string,
  match: Recognition,
  status: AbilityStatus,
  now: Date,
  deps: RepertoireDeps,
): AddOutcome {
  // The person's word counts: saying "I can" makes a lent or learning ability their own at once.
  const promoted = status === 'own' && match.ability.status !== 'own';
  if (promoted) {
    const ability = { ...match.ability, status, updatedAt: now };
    deps.store.updateAbility(ability);
    deps.store.addAbilityEvent({ abilityId: ability.id, status, at: now });
    match.ability.status = status;
    match.ability.updatedAt = now;
    return { outcome: 'merged', name, ability, match, promoted };
  }
  return { outcome: 'merged', name, ability: match.ability, match, promoted };
}
