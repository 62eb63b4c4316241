import { allocateMemory, type ScoreKernel, scalarKernel, scoreKernel } from './vector-kernel.js';

/** A vector as embedders produce it. Plain arrays are accepted where only reading is needed. */
export type Vector = Float32Array | readonly number[];

/** Sum of the element-wise products. Throws RangeError when the lengths differ. */
export function dot(a: Vector, b: Vector): number {
  if (a.length !== b.length)
    throw new RangeError(`Vectors of different lengths: ${a.length} and ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Euclidean length. */
export function norm(v: Vector): number {
  return Math.sqrt(dot(v, v));
}

/**
 * Cosine similarity in [−1, 1]; 0 when either vector is all zero (it says nothing, so it matches
 * nothing), whatever its length. Throws RangeError for two non-zero vectors of different lengths.
 */
export function cosine(a: Vector, b: Vector): number {
  const lengths = norm(a) * norm(b);
  return lengths === 0 ? 0 : Math.max(-1, Math.min(1, dot(a, b) / lengths));
}

/** A unit-length copy of `v`; an all-zero vector stays all zero. */
export function normalise(v: Vector): Float32Array {
  const out = Float32Array.from(v);
  const length = norm(out);
  if (length > 0) for (let i = 0; i < out.length; i++) out[i]! /= length;
  return out;
}

/** Below this many floats a plain loop is as quick as setting up a WebAssembly instance. */
const SIMD_THRESHOLD = 16_384;

/**
 * Vectors of one dimension, row after row in one block of memory (WebAssembly memory when large, so
 * the SIMD kernel in vector-kernel.ts can scan it). Rows are padded to a multiple of 4 floats.
 */
export class VectorMatrix {
  /** Length of every row. */
  readonly dims: number;
  /** Number of rows. */
  readonly count: number;
  readonly #stride: number;
  readonly #blocks: number;
  readonly #floats: Float32Array;
  readonly #kernel: ScoreKernel;

  /** A matrix of `count` all-zero rows of length `dims`; fill it with {@link VectorMatrix.set}. */
  constructor(count: number, dims: number) {
    if (!Number.isInteger(dims) || dims <= 0 || !Number.isInteger(count) || count < 0) {
      throw new RangeError(`A matrix cannot have ${count} rows of ${dims}`);
    }
    this.dims = dims;
    this.count = count;
    this.#stride = Math.ceil(dims / 4) * 4;
    this.#blocks = Math.ceil(count / 4);
    // Layout in floats: the query (one padded row), the scores (one per padded row), then the rows.
    const floats = this.#stride + this.#blocks * 4 * (1 + this.#stride);
    const memory =
      floats >= SIMD_THRESHOLD ? allocateMemory(floats * 4) : { buffer: new ArrayBuffer(floats * 4) };
    this.#floats = new Float32Array(memory.buffer, 0, floats);
    this.#kernel = floats >= SIMD_THRESHOLD ? scoreKernel(memory) : scalarKernel(memory.buffer);
  }

  /** Copies `rows` (each of length `dims`) into a new matrix. */
  static fromRows(rows: readonly Vector[], dims: number): VectorMatrix {
    const matrix = new VectorMatrix(rows.length, dims);
    for (const [index, row] of rows.entries()) matrix.set(index, row);
    return matrix;
  }

  /** Copies a flat row-major array (`data.length / dims` rows) into a new matrix. */
  static fromFlat(data: Float32Array, dims: number): VectorMatrix {
    if (data.length % dims !== 0) throw new RangeError(`${data.length} values are not rows of ${dims}`);
    const matrix = new VectorMatrix(data.length / dims, dims);
    for (let index = 0; index < matrix.count; index++) {
      matrix.set(index, data.subarray(index * dims, (index + 1) * dims));
    }
    return matrix;
  }

  /** Overwrites row `index` with `vector`. */
  set(index: number, vector: Vector): void {
    if (vector.length !== this.dims)
      throw new RangeError(`Row has ${vector.length} values, not ${this.dims}`);
    this.#floats.set(vector, this.#rowStart(index));
  }

  /** Row `index` as a view (no copy). */
  row(index: number): Float32Array {
    const start = this.#rowStart(index);
    return this.#floats.subarray(start, start + this.dims);
  }

  /** The dot product of `query` with every row, as a view that the next call overwrites. */
  scores(query: Vector): Float32Array {
    if (query.length !== this.dims)
      throw new RangeError(`Query has ${query.length} values, rows ${this.dims}`);
    const stride = this.#stride;
    this.#floats.set(query, 0);
    this.#kernel(0, 4 * (stride + this.#blocks * 4), this.#blocks, stride, 4 * stride);
    return this.#floats.subarray(stride, stride + this.count);
  }

  #rowStart(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) throw new RangeError(`No row ${index}`);
    return this.#stride + this.#blocks * 4 + index * this.#stride;
  }
}

/** One hit of {@link nearest}: a row of the matrix and its dot product with the query. */
interface Neighbour {
  index: number;
  score: number;
}

/**
 * The `k` rows with the largest dot product with `query`, best first (ties: lower index first); for
 * unit vectors the score is the cosine. Brute force, which beats an index at the sizes chops has:
 * 10,000 rows of 100 dims take about 0.2 ms.
 */
export function nearest(query: Vector, matrix: VectorMatrix, k: number): Neighbour[] {
  const scores = matrix.scores(query);
  const size = Math.min(Math.max(0, Math.floor(k)), matrix.count);
  if (size === 0) return [];
  // The best `size` so far, sorted descending; most rows fail the first comparison and cost nothing more.
  const best = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const indices = new Int32Array(size).fill(-1);
  let floor = Number.NEGATIVE_INFINITY;
  for (let row = 0; row < scores.length; row++) {
    const score = scores[row]!;
    if (!(score > floor)) continue;
    let at = size - 1;
    for (; at > 0 && score > best[at - 1]!; at--) {
      best[at] = best[at - 1]!;
      indices[at] = indices[at - 1]!;
    }
    best[at] = score;
    indices[at] = row;
    floor = best[size - 1]!;
  }
  const result: Neighbour[] = [];
  for (let i = 0; i < size && indices[i]! >= 0; i++) result.push({ index: indices[i]!, score: best[i]! });
  return result;
}
