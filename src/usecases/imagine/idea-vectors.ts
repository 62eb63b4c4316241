import { type Idea, ideaText } from '../../domain/idea.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import type { IdeaStore } from '../../domain/ports/idea-store.js';
import type { VectorStore } from '../../domain/ports/vector-store.js';

/**
 * The vectors of every earlier idea under the current embedding model, embedding those that have none
 * (after a change of model) so that novelty never compares vectors of two models.
 */
export async function earlierIdeaVectors(deps: {
  ideas: IdeaStore;
  vectors: VectorStore;
  embedder: Embedder;
}): Promise<{ ids: string[]; vectors: Float32Array[] }> {
  const model = deps.embedder.model;
  const known = deps.vectors.getVectors('idea', model);
  const ids = deps.ideas.ideaIds();
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const ideas = missing
      .map((id) => deps.ideas.getIdea(id))
      .filter((idea): idea is Idea => idea !== undefined);
    const fresh = await deps.embedder.embed(ideas.map(ideaText));
    ideas.forEach((idea, i) => {
      deps.vectors.putVector('idea', idea.id, model, fresh[i]!);
      known.set(idea.id, fresh[i]!);
    });
  }
  const present = ids.filter((id) => known.has(id));
  return { ids: present, vectors: present.map((id) => known.get(id)!) };
}
