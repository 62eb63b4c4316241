import type { ArtifactStore } from '../../domain/ports/artifact-store.js';
import type { IdeaStore } from '../../domain/ports/idea-store.js';
import type { LearningChoiceStore } from '../../domain/ports/learning-choice-store.js';
import type { PracticeDeps } from '../practice/practice-deps.js';

/** What changing a card and tracing where it came from need; every store over one database. */
export interface CardDeps extends Pick<PracticeDeps, 'practice' | 'repertoire' | 'clock' | 'generateId'> {
  choices: LearningChoiceStore;
  artifacts: Pick<ArtifactStore, 'getArtifact'>;
  ideas: Pick<IdeaStore, 'getIdea' | 'getGoal'>;
}
