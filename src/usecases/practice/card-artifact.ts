import type { Artifact } from '../../domain/artifact-record.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import type { ArtifactStore } from '../../domain/ports/artifact-store.js';
import type { Card } from '../../domain/practice/card.js';
import type { Trick } from '../../domain/practice/trick.js';
import { locateExample, type TrickLocation } from '../../domain/practice/trick-location.js';
import type { PracticeDeps } from './practice-deps.js';

/** A card opened on the artifact its trick was learned from, at the lines where the trick appears. */
export interface CardOnArtifact {
  card: Card;
  trick: Trick;
  artifact: Artifact;
  /** The artifact's last attempt, which learn read. */
  content: string;
  location?: TrickLocation | undefined;
}

/** What showing a card on its artifact needs. */
export type CardOnArtifactDeps = Pick<PracticeDeps, 'practice'> & { artifacts: ArtifactStore };

/** The artifact where a card's trick appears, and where in it; a trick not learned from one is refused. */
export function openCardOnArtifact(cardId: string, deps: CardOnArtifactDeps): CardOnArtifact {
  const card = deps.practice.getCard(cardId.trim());
  if (!card) throw new NotFoundError(`no card "${cardId}" (see chops practice --json)`);
  const trick = deps.practice.getTrick(card.trickId)!;
  const artifact = trick.artifactId ? deps.artifacts.getArtifact(trick.artifactId) : undefined;
  if (!artifact)
    throw new UserInputError(
      `the trick "${trick.name}" of card ${card.id} was not learned from an artifact that is kept`,
    );
  const content = deps.artifacts.listAttempts(artifact.id).at(-1)?.content ?? '';
  const location = locateExample(content, trick.example);
  return { card, trick, artifact, content, ...(location ? { location } : {}) };
}
