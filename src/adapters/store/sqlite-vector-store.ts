import type Database from 'better-sqlite3';
import type { VectorOwnerKind, VectorStore } from '../../domain/ports/vector-store.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

/** Vectors as little-endian float32 BLOBs, keyed by owner and the model that made them. */
export class SqliteVectorStore implements VectorStore {
  readonly #sql: Statements;

  constructor(db: Database.Database) {
    this.#sql = new Statements(db);
  }

  getVectors(kind: VectorOwnerKind, model: string, ownerIds?: readonly string[]): Map<string, Float32Array> {
    // One scan of the kind's vectors in raw rows, filtered here: faster than binding thousands of ids
    // into SQL, and one allocation for all vectors instead of one per row.
    const rows = this.#sql
      .get('SELECT owner_id, vector FROM vectors WHERE owner_kind = ? AND model = ?')
      .raw(true)
      .all(kind, model) as [string, Buffer][];
    const wanted = ownerIds && new Set(ownerIds);
    const kept = wanted ? rows.filter(([id]) => wanted.has(id)) : rows;
    const bytes = new Uint8Array(kept.reduce((sum, [, blob]) => sum + blob.byteLength, 0));
    const vectors = new Map<string, Float32Array>();
    let offset = 0;
    for (const [id, blob] of kept) {
      bytes.set(blob, offset);
      vectors.set(id, new Float32Array(bytes.buffer, offset, blob.byteLength / 4));
      offset += blob.byteLength;
    }
    return vectors;
  }

  listVectors(kind: VectorOwnerKind, ownerId: string): { model: string; vector: Float32Array }[] {
    const rows = this.#sql
      .get('SELECT model, vector FROM vectors WHERE owner_kind = ? AND owner_id = ? ORDER BY model')
      .all(kind, ownerId) as { model: string; vector: Buffer }[];
    return rows.map((row) => ({
      model: row.model,
      vector: new Float32Array(
        row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength),
      ),
    }));
  }

  putVector(kind: VectorOwnerKind, ownerId: string, model: string, vector: Float32Array): void {
    this.#sql
      .get(
        `INSERT INTO vectors (owner_kind, owner_id, model, vector) VALUES (?, ?, ?, ?)
         ON CONFLICT (owner_kind, owner_id, model) DO UPDATE SET vector = excluded.vector`,
      )
      .run(kind, ownerId, model, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
  }

  removeVectors(kind: VectorOwnerKind, ownerId: string): void {
    this.#sql.get('DELETE FROM vectors WHERE owner_kind = ? AND owner_id = ?').run(kind, ownerId);
  }
}

translatesSqliteErrors(SqliteVectorStore);
