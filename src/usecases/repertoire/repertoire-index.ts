import type { Ability } from '../../domain/ability.js';
import { AbilityIndex, type MergeThresholds } from '../../domain/deduplication.js';
import { claimFloor, RepertoireIndex } from '../../domain/recognition.js';
import type { Calibration } from '../../domain/similarity/calibration.js';
import { calibrationFor } from '../similarity/calibration-for.js';
import { abilityVectors } from './ability-vectors.js';
import type { RepertoireDeps } from './repertoire-deps.js';

/** What the index needs of the embedder's calibration: its merge thresholds and its claim floor. */
type IndexThresholds = MergeThresholds & Pick<Calibration, 'unrelatedIdeas'>;

type IndexDeps = Pick<RepertoireDeps, 'store' | 'vectors' | 'embedder' | 'calibrations'>;

/**
 * The one way a use case builds the repertoire's index for "which ability is this name?": every ability
 * with its name vector (embedding those that lack one), every alias, and the embedder's thresholds.
 */
export async function repertoireIndex(
  deps: IndexDeps,
  abilities: readonly Ability[] = deps.store.listAbilities(),
): Promise<{ index: RepertoireIndex; vectors: Map<string, Float32Array> }> {
  const vectors = await abilityVectors(abilities, deps);
  return { index: indexOf(abilities, vectors, deps, await calibrationFor(deps)), vectors };
}

/**
 * The same index from the vectors already stored, without embedding anything: synchronous, so that it
 * can be built inside a transaction from what the database holds at that moment.
 */
export function storedRepertoireIndex(deps: IndexDeps, thresholds: IndexThresholds): RepertoireIndex {
  const abilities = deps.store.listAbilities();
  const vectors = deps.vectors.getVectors(
    'ability',
    deps.embedder.model,
    abilities.map((a) => a.id),
  );
  return indexOf(abilities, vectors, deps, thresholds);
}

function indexOf(
  abilities: readonly Ability[],
  vectors: ReadonlyMap<string, Float32Array>,
  deps: Pick<RepertoireDeps, 'store'>,
  thresholds: IndexThresholds,
): RepertoireIndex {
  const candidates = abilities.map((ability) => ({ ability, vector: vectors.get(ability.id) }));
  return new RepertoireIndex(
    new AbilityIndex(candidates, thresholds),
    candidates,
    deps.store.listAliases(),
    claimFloor(thresholds),
  );
}
