import type { Artifact, Attempt, UsedAbility } from '../artifact-record.js';

/** Where artifacts and their attempts live; each attempt is stored as soon as it is checked. */
export interface ArtifactStore {
  insertArtifact(artifact: Artifact): void;
  addAttempt(attempt: Attempt): void;
  finishArtifact(id: string, outcome: { passed: boolean; abilities: UsedAbility[] }): void;
  getArtifact(id: string): Artifact | undefined;
  /** Newest first, optionally only those of one idea. */
  listArtifacts(filter?: { ideaId?: string | undefined }): Artifact[];
  listAttempts(artifactId: string): Attempt[];
}
