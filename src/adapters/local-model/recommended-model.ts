/** A model file chops knows how to fetch, with what it must hash to. */
export interface KnownModelFile {
  /** The name chops shows and accepts (`local:<name>`): the file name without `.gguf`. */
  name: string;
  fileName: string;
  url: string;
  /** Bytes, for the progress bar before the server says. */
  size?: number;
  /** Lower-case hex SHA-256 of the whole file, when known in advance. */
  sha256?: string;
  description?: string;
}

/**
 * The model `chops model pull` fetches by default: Qwen2.5 1.5B Instruct at Q4_K_M (1.1 GB, Apache-2.0).
 *
 * Why this one: small enough for an ordinary laptop's CPU (about 1.5 GB of memory with an 8k context),
 * trained for structured output and JSON, multilingual, and under a licence that needs no sign-up, so
 * the download works without a Hugging Face account.
 *
 * Verified by the SHA-256 that Hugging Face advertises for the file (`x-linked-etag`), not by a hash
 * written here: chops was built without network access, so a pinned hash could not be checked, and a
 * wrong one would make every pull fail.
 */
export const recommendedModel: KnownModelFile = {
  name: 'qwen2.5-1.5b-instruct-q4_k_m',
  fileName: 'qwen2.5-1.5b-instruct-q4_k_m.gguf',
  url: 'https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/main/qwen2.5-1.5b-instruct-q4_k_m.gguf',
  size: 1_117_320_736,
  description: 'Qwen2.5 1.5B Instruct, Q4_K_M quantisation (Apache-2.0)',
};
