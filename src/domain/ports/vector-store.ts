/** What a stored vector belongs to. Later parts add their own kinds (ideas, tricks). */
export type VectorOwnerKind = 'ability' | 'goal' | 'idea' | 'mine';

/**
 * Vectors kept beside the things they describe, always tagged with the embedding model that made them,
 * so that vectors of two models are never compared.
 */
export interface VectorStore {
  /** The vectors of these owners made by `model`; owners without one are absent from the map. */
  getVectors(kind: VectorOwnerKind, model: string, ownerIds?: readonly string[]): Map<string, Float32Array>;
  /** Every vector of one owner, whichever model made it (for export). */
  listVectors(kind: VectorOwnerKind, ownerId: string): { model: string; vector: Float32Array }[];
  putVector(kind: VectorOwnerKind, ownerId: string, model: string, vector: Float32Array): void;
  removeVectors(kind: VectorOwnerKind, ownerId: string): void;
}
