import type { OriginalityNorms } from '../../domain/originality/originality-norms.js';
import { type OriginalityScore, scoreOriginality } from '../../domain/originality/score-originality.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { cosine } from '../../domain/vector.js';
import { type ObjectResponse, prepareResponses } from './prepare-responses.js';

/** What scoring originality needs: the norms and the embedder they were built with. */
export interface OriginalityDeps {
  norms: OriginalityNorms;
  embedder: Embedder;
}

/** Cosine at or above which the probe's vector counts as unchanged. */
const PROBE_AGREEMENT = 0.995;

/**
 * Scores uses of objects (AUT responses, or ideas for a goal) for originality, offline: each against
 * its object's norm plus the other items given with it for the same object. With an embedder whose
 * vectors are not the ones the norms were built with (another model, or the same name with changed
 * vectors), the norms' meaning clusters are not comparable and are left out (the other measures still
 * count, and flexibility is unknown); rebuild the norms with scripts/build-originality-norms.ts.
 */
export async function scoreResponses(
  items: readonly ObjectResponse[],
  deps: OriginalityDeps,
): Promise<OriginalityScore[]> {
  if (items.length === 0) return [];
  const prepared = await prepareResponses(items, deps.embedder);
  return scoreOriginality(prepared, (await sameVectors(deps)) ? deps.norms : withoutMeaning(deps.norms));
}

/** Whether the embedder makes the vectors the norms were built with (same name, same probe vector). */
export async function sameVectors(deps: OriginalityDeps): Promise<boolean> {
  if (deps.embedder.model !== deps.norms.embedderModel) return false;
  const probe = deps.norms.probe;
  if (!probe) return true;
  const [vector] = await deps.embedder.embed([probe.text]);
  return (
    vector !== undefined &&
    vector.length === probe.vector.length &&
    cosine(vector, probe.vector) >= PROBE_AGREEMENT
  );
}

/** The norms without their meaning clusters and kinds, which compare only with the norms' own vectors. */
function withoutMeaning(norms: OriginalityNorms): OriginalityNorms {
  const none = { vectors: [], counts: [] };
  return {
    ...norms,
    objects: new Map(
      [...norms.objects].map(([key, norm]) => [key, { ...norm, clusters: none, kinds: none }]),
    ),
  };
}
