import type { AbilityStatus } from '../../domain/ability.js';
import type { AddOutcome } from '../../usecases/repertoire/add-abilities.js';
import type { Colors } from './output.js';

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
