import type { Ability } from '../../domain/ability.js';
import type { AddOutcome } from '../../usecases/repertoire/add-abilities.js';

/** An ability as `--json` and the HTTP API show it: stable field names for scripts. */
export function abilityJson(ability: Ability) {
  return {
    id: ability.id,
    name: ability.name,
    domain: ability.domain,
    kind: ability.kind,
    status: ability.status,
    summary: ability.summary,
    aliases: ability.aliases ?? [],
    createdAt: ability.createdAt.toISOString(),
    updatedAt: ability.updatedAt.toISOString(),
  };
}

/** One name given to `chops can` (or POST /api/abilities): added, or merged into which ability and why. */
export function outcomeJson(outcome: AddOutcome) {
  return {
    name: outcome.name,
    outcome: outcome.outcome,
    ability: abilityJson(outcome.ability),
    ...(outcome.outcome === 'merged'
      ? {
          reason: outcome.match.reason,
          similarity: outcome.match.similarity ?? null,
          promoted: outcome.promoted,
        }
      : {}),
  };
}

/** `chops can <name> --as <ability> --json`: the name kept as an alias of an ability, and the goals re-mapped. */
export function aliasOutcomeJson(name: string, ability: Ability, remapped: number) {
  return { name, outcome: 'alias' as const, ability: abilityJson(ability), remapped };
}

/** An ability merged into another, as `chops repertoire merge --json` prints it and the API answers. */
export function mergedJson(result: { merged: Ability; into: Ability }) {
  return { merged: abilityJson(result.merged), into: abilityJson(result.into) };
}
