import type { RepertoireStore } from '../../domain/ports/repertoire-store.js';
import { recordAlias } from '../repertoire/aliases.js';
import type { PlacementLog } from './place-needs.js';

/**
 * Keeps the model's names that chops matched to an ability as its aliases, so that the next mapping
 * finds them at once. A name that is another ability's is skipped: never merged silently. Runs inside
 * the caller's transaction.
 */
export function recordPlacements(store: RepertoireStore, log: PlacementLog, at: Date): void {
  for (const { abilityId, name } of log.matched) {
    const ability = store.getAbility(abilityId);
    if (ability) recordAlias(store, ability, name, 'matched', at);
  }
}
