import type { Artifact, ArtifactOutcome, Attempt } from '../artifact-record.js';

/**
 * Where artifacts and their attempts live; each attempt is stored as soon as it is checked. The writes
 * are shaped so that no stop (a kill, a failed model call) leaves a record that says less than the
 * truth: an artifact is stored with its first attempt, and an outcome with the attempt it is of.
 */
export interface ArtifactStore {
  /** A new artifact and its attempts so far (make passes the first one), in one transaction. */
  insertArtifact(artifact: Artifact, attempts?: readonly Attempt[]): void;
  /** One more attempt; with `outcome`, the artifact's verdict and abilities land in the same transaction. */
  addAttempt(attempt: Attempt, outcome?: ArtifactOutcome): void;
  getArtifact(id: string): Artifact | undefined;
  /** Newest first, optionally only those of one idea. */
  listArtifacts(filter?: { ideaId?: string | undefined }): Artifact[];
  listAttempts(artifactId: string): Attempt[];
}
