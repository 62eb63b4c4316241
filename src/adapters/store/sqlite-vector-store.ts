import type Database from 'better-sqlite3';
import type { VectorOwnerKind, VectorStore } from '../../domain/ports/vector-store.js';

/** Vectors as little-endian float32 BLOBs, keyed by owner and the model that made them. */
export class SqliteVectorStore implements VectorStore {
  constructor(private readonly db: Database.Database) {}

  getVectors(kind: VectorOwnerKind, model: string, ownerIds?: readonly string[]): Map<string, Float32Array> {
    const rows = ownerIds
      ? (this.db
          .prepare(
            `SELECT owner_id, vector FROM vectors WHERE owner_kind = ? AND model = ?
             AND owner_id IN (SELECT value FROM json_each(?))`,
          )
          .all(kind, model, JSON.stringify(ownerIds)) as { owner_id: string; vector: Buffer }[])
      : (this.db
          .prepare('SELECT owner_id, vector FROM vectors WHERE owner_kind = ? AND model = ?')
          .all(kind, model) as { owner_id: string; vector: Buffer }[]);
    const vectors = new Map<string, Float32Array>();
    for (const row of rows) {
      // Copy: the Buffer may not be 4-byte aligned for a Float32Array view.
      const copy = new Float32Array(row.vector.byteLength / 4);
      new Uint8Array(copy.buffer).set(row.vector);
      vectors.set(row.owner_id, copy);
    }
    return vectors;
  }

  putVector(kind: VectorOwnerKind, ownerId: string, model: string, vector: Float32Array): void {
    this.db
      .prepare(
        `INSERT INTO vectors (owner_kind, owner_id, model, vector) VALUES (?, ?, ?, ?)
         ON CONFLICT (owner_kind, owner_id, model) DO UPDATE SET vector = excluded.vector`,
      )
      .run(kind, ownerId, model, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
  }

  removeVectors(kind: VectorOwnerKind, ownerId: string): void {
    this.db.prepare('DELETE FROM vectors WHERE owner_kind = ? AND owner_id = ?').run(kind, ownerId);
  }
}
