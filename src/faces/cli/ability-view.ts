import type { Ability, AbilityStatus } from '../../domain/ability.js';
import type { AddOutcome } from '../../usecases/repertoire/add-abilities.js';
import type { Colors } from './output.js';

/** An ability as `--json` shows it: stable field names for scripts. */
export function abilityJson(ability: Ability) {
  return {
    id: ability.id,
    name: ability.name,
    domain: ability.domain,
    kind: ability.kind,
    status: ability.status,
    summary: ability.summary,
    createdAt: ability.createdAt.toISOString(),
    updatedAt: ability.updatedAt.toISOString(),
  };
}

export function statusColor(colors: Colors, status: AbilityStatus): (text: string) => string {
  return status === 'own' ? colors.green : status === 'lent' ? colors.yellow : colors.cyan;
}

/** One line per name given to `chops can` or `chops init`, saying whether it was added or merged. */
export function describeOutcome(outcome: AddOutcome): string {
  if (outcome.outcome === 'added')
    return `added "${outcome.ability.name}" (${outcome.ability.domain}, ${outcome.ability.status})`;
  const { match } = outcome;
  const why =
    match.reason === 'similar meaning'
      ? `similar meaning, ${(match.similarity ?? 0).toFixed(2)}`
      : match.reason;
  const same =
    outcome.name === outcome.ability.name
      ? 'already there'
      : `merged into "${outcome.ability.name}" (${why})`;
  const promoted = outcome.promoted ? '; now your own' : '';
  return `"${outcome.name}" ${same}${promoted}`;
}

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
