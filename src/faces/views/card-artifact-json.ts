import type { CardOnArtifact } from '../../usecases/practice/card-artifact.js';

/** A card opened on its artifact, as `chops practice --open --json` prints it and the API sends it. */
export function cardOnArtifactJson(opened: CardOnArtifact) {
  return {
    cardId: opened.card.id,
    trickId: opened.trick.id,
    trick: opened.trick.name,
    artifactId: opened.artifact.id,
    title: opened.artifact.title,
    format: opened.artifact.format,
    location: opened.location ?? null,
  };
}
