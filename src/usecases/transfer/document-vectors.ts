import { z } from 'zod';
import type { VectorOwnerKind, VectorStore } from '../../domain/ports/vector-store.js';

/** Longest vector a file may carry (a large embedding model has a few thousand dimensions). */
const MAX_DIMENSIONS = 8192;

/**
 * A record's vectors in a file: each tagged with the embedding model that made it, the floats as
 * little-endian float32 in base64. Checked to decode to finite floats of a sane length.
 */
export const documentVectorsSchema = z
  .array(
    z.strictObject({
      model: z.string().min(1).max(300),
      vector: z
        .base64()
        .max(Math.ceil((MAX_DIMENSIONS * 4) / 3) + 4)
        .refine((text) => {
          const floats = decodeVector(text);
          return floats !== undefined && floats.length > 0 && floats.every(Number.isFinite);
        }, 'a base64 float32 vector of finite values'),
    }),
  )
  .max(20);

type DocumentVectors = z.infer<typeof documentVectorsSchema>;

/** Every vector of one record, whichever model made it. */
export function exportVectors(
  vectors: VectorStore | undefined,
  kind: VectorOwnerKind,
  ownerId: string,
): DocumentVectors {
  return (vectors?.listVectors(kind, ownerId) ?? []).map((entry) => ({
    model: entry.model,
    vector: Buffer.from(entry.vector.buffer, entry.vector.byteOffset, entry.vector.byteLength).toString(
      'base64',
    ),
  }));
}

/** Stores a file record's vectors under the id it has here. */
export function importVectors(
  vectors: VectorStore | undefined,
  kind: VectorOwnerKind,
  ownerId: string,
  entries: DocumentVectors | undefined,
): void {
  for (const entry of entries ?? []) {
    const vector = decodeVector(entry.vector);
    if (vector) vectors?.putVector(kind, ownerId, entry.model, vector);
  }
}

function decodeVector(text: string): Float32Array | undefined {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % 4 !== 0) return undefined;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}
