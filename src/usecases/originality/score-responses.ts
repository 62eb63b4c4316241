import type { OriginalityNorms } from '../../domain/originality/originality-norms.js';
import { type OriginalityScore, scoreOriginality } from '../../domain/originality/score-originality.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { type ObjectResponse, prepareResponses } from './prepare-responses.js';

/** What scoring originality needs: the norms and the embedder they were built with. */
export interface OriginalityDeps {
  norms: OriginalityNorms;
  embedder: Embedder;
}

/**
 * Scores uses of objects (AUT responses, or ideas for a goal) for originality, offline: each against
 * its object's norm plus the other items given with it for the same object. With an embedder other
 * than the one the norms were built with, the norms' meaning clusters are not comparable and are left
 * out (the other measures still count).
 */
export async function scoreResponses(
  items: readonly ObjectResponse[],
  deps: OriginalityDeps,
): Promise<OriginalityScore[]> {
  if (items.length === 0) return [];
  const prepared = await prepareResponses(items, deps.embedder);
  const norms =
    deps.embedder.model === deps.norms.embedderModel
      ? deps.norms
      : {
          ...deps.norms,
          objects: new Map(
            [...deps.norms.objects].map(([key, norm]) => [
              key,
              { ...norm, clusters: { vectors: [], counts: [] }, kinds: { vectors: [], counts: [] } },
            ]),
          ),
        };
  return scoreOriginality(prepared, norms);
}
