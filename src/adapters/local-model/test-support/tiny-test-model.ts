import { writeFile } from 'node:fs/promises';

/**
 * Writes a tiny but real GGUF v3 `llama` model (1 layer, 32-dim F32 seeded-random weights, a 448-token
 * byte-fallback SPM vocabulary) so tests and benchmarks run the real engine without downloading
 * anything. The weights are noise, so its text is gibberish; a grammar still makes it emit valid JSON.
 *
 * Test and bench support only: nothing in chops's run path imports it.
 */
export async function writeTinyTestModel(path: string, options: { seed?: number } = {}): Promise<void> {
  await writeFile(path, buildTinyTestModel(options.seed ?? 42));
}

const embeddingLength = 32;
const feedForwardLength = 64;
const headCount = 4;
// GGUF value and tensor type ids from the GGUF spec.
const valueType = { uint32: 4, int32: 5, float32: 6, bool: 7, string: 8, array: 9 } as const;
const tensorTypeF32 = 0;
const alignment = 32;

type Metadata = [key: string, type: number, value: unknown, elementType?: number][];

/** The GGUF file as bytes. Exported for tests that need the bytes without touching disk. */
export function buildTinyTestModel(seed: number): Buffer {
  const vocabulary = buildVocabulary();
  const vocabularySize = vocabulary.tokens.length;
  const metadata: Metadata = [
    ['general.architecture', valueType.string, 'llama'],
    ['general.name', valueType.string, 'chops-tiny-test'],
    ['general.alignment', valueType.uint32, alignment],
    ['llama.context_length', valueType.uint32, 4096],
    ['llama.embedding_length', valueType.uint32, embeddingLength],
    ['llama.block_count', valueType.uint32, 1],
    ['llama.feed_forward_length', valueType.uint32, feedForwardLength],
    ['llama.attention.head_count', valueType.uint32, headCount],
    ['llama.attention.head_count_kv', valueType.uint32, headCount],
    ['llama.attention.layer_norm_rms_epsilon', valueType.float32, 1e-5],
    ['llama.rope.dimension_count', valueType.uint32, embeddingLength / headCount],
    ['tokenizer.ggml.model', valueType.string, 'llama'],
    ['tokenizer.ggml.tokens', valueType.array, vocabulary.tokens, valueType.string],
    ['tokenizer.ggml.scores', valueType.array, vocabulary.scores, valueType.float32],
    ['tokenizer.ggml.token_type', valueType.array, vocabulary.types, valueType.int32],
    ['tokenizer.ggml.unknown_token_id', valueType.uint32, 0],
    ['tokenizer.ggml.bos_token_id', valueType.uint32, 1],
    ['tokenizer.ggml.eos_token_id', valueType.uint32, 2],
    ['tokenizer.ggml.add_bos_token', valueType.bool, true],
    ['tokenizer.ggml.add_eos_token', valueType.bool, false],
  ];
  // ggml lists dimensions innermost first: a [in, out] matrix maps `in` features to `out`.
  const tensors: [name: string, dimensions: number[]][] = [
    ['token_embd.weight', [embeddingLength, vocabularySize]],
    ['output_norm.weight', [embeddingLength]],
    ['output.weight', [embeddingLength, vocabularySize]],
    ['blk.0.attn_norm.weight', [embeddingLength]],
    ['blk.0.attn_q.weight', [embeddingLength, embeddingLength]],
    ['blk.0.attn_k.weight', [embeddingLength, embeddingLength]],
    ['blk.0.attn_v.weight', [embeddingLength, embeddingLength]],
    ['blk.0.attn_output.weight', [embeddingLength, embeddingLength]],
    ['blk.0.ffn_norm.weight', [embeddingLength]],
    ['blk.0.ffn_gate.weight', [embeddingLength, feedForwardLength]],
    ['blk.0.ffn_up.weight', [embeddingLength, feedForwardLength]],
    ['blk.0.ffn_down.weight', [feedForwardLength, embeddingLength]],
  ];

  const header = new ByteWriter();
  header.u32(0x46554747); // "GGUF" read as a little-endian u32
  header.u32(3);
  header.u64(tensors.length);
  header.u64(metadata.length);
  for (const [key, type, value, elementType] of metadata) {
    header.string(key);
    header.u32(type);
    header.value(type, value, elementType);
  }
  const random = seededRandom(seed);
  const data: Buffer[] = [];
  let offset = 0;
  for (const [name, dimensions] of tensors) {
    const count = dimensions.reduce((product, dimension) => product * dimension, 1);
    header.string(name);
    header.u32(dimensions.length);
    for (const dimension of dimensions) header.u64(dimension);
    header.u32(tensorTypeF32);
    header.u64(offset);
    const values = new Float32Array(count);
    // Norm weights of 1 keep activations in range; the rest is small noise.
    for (let index = 0; index < count; index++)
      values[index] = name.includes('norm') ? 1 : (random() - 0.5) * 0.2;
    const bytes = Buffer.from(values.buffer);
    const padded = Buffer.alloc(alignUp(bytes.length));
    bytes.copy(padded);
    data.push(padded);
    offset += padded.length;
  }
  const headerBytes = header.toBuffer();
  return Buffer.concat([
    headerBytes,
    Buffer.alloc(alignUp(headerBytes.length) - headerBytes.length),
    ...data,
  ]);
}

function buildVocabulary(): { tokens: string[]; scores: number[]; types: number[] } {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [2, 3, 3]; // unknown, control, control
  for (let byte = 0; byte < 256; byte++) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(6); // byte
  }
  // SentencePiece marks a leading space with ▁; having both forms keeps common text short.
  tokens.push('▁');
  types.push(1);
  for (let code = 0x21; code <= 0x7e; code++) {
    const character = String.fromCharCode(code);
    tokens.push(character, `▁${character}`);
    types.push(1, 1);
  }
  const scores = tokens.map((_, index) => -index);
  return { tokens, scores, types };
}

function alignUp(length: number): number {
  return Math.ceil(length / alignment) * alignment;
}

/** mulberry32: small, fast and deterministic, so the same seed always writes the same model. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

class ByteWriter {
  private readonly chunks: Buffer[] = [];

  u32(value: number): void {
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32LE(value);
    this.chunks.push(buffer);
  }

  u64(value: number): void {
    const buffer = Buffer.alloc(8);
    buffer.writeBigUInt64LE(BigInt(value));
    this.chunks.push(buffer);
  }

  string(value: string): void {
    const bytes = Buffer.from(value, 'utf8');
    this.u64(bytes.length);
    this.chunks.push(bytes);
  }

  value(type: number, value: unknown, elementType?: number): void {
    if (type === valueType.array) {
      const items = value as unknown[];
      this.u32(elementType!);
      this.u64(items.length);
      for (const item of items) this.value(elementType!, item);
      return;
    }
    if (type === valueType.string) {
      this.string(value as string);
      return;
    }
    const buffer = Buffer.alloc(type === valueType.bool ? 1 : 4);
    if (type === valueType.uint32) buffer.writeUInt32LE(value as number);
    else if (type === valueType.int32) buffer.writeInt32LE(value as number);
    else if (type === valueType.float32) buffer.writeFloatLE(value as number);
    else if (type === valueType.bool) buffer.writeUInt8(value ? 1 : 0);
    this.chunks.push(buffer);
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
