import { isAbsolute, join } from 'node:path';
import { listModels, resolveLocalModelPath } from '../local-model/model-files.js';
import { modelNameOf } from '../local-model/model-reference.js';

/**
 * The embedding model `chops model pull` fetches beside the chat model: BGE small English v1.5
 * (BAAI, MIT licence) at Q8_0, about 36 MB. Why this one: among openly licensed sentence-embedding
 * models it is one of the best for its size (33 M parameters, 384 dimensions; around 0.86 Spearman on
 * STS-B as reported with its MTEB results), it needs no query prefix for comparing two texts, and it
 * embeds a pitch in milliseconds on a laptop CPU. Verified by the SHA-256 Hugging Face advertises.
 */
export const recommendedEmbeddingModel = {
  name: 'bge-small-en-v1.5-q8_0',
  fileName: 'bge-small-en-v1.5-q8_0.gguf',
  url: 'https://huggingface.co/CompendiumLabs/bge-small-en-v1.5-gguf/resolve/main/bge-small-en-v1.5-q8_0.gguf',
  description: 'BGE small English v1.5, Q8_0 (MIT)',
} as const;

/** Embedding models live in their own folder under the models folder, apart from the chat models. */
export function embeddingModelsDir(modelsDir: string): string {
  return join(modelsDir, 'embedding');
}

/**
 * The embedding GGUF to use when none is configured: the recommended one if it is there, else the
 * newest in the embedding models folder; undefined when there is none.
 */
export async function findLocalEmbeddingModel(
  modelsDir: string,
): Promise<{ name: string; path: string } | undefined> {
  const models = await listModels(embeddingModelsDir(modelsDir));
  const chosen =
    models.find((model) => model.name === recommendedEmbeddingModel.name) ??
    [...models].sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime())[0];
  return chosen && { name: chosen.name, path: chosen.path };
}

/**
 * The embedding GGUF for `local:<nameOrPath>`: a path is taken as it is, a name is looked up in the
 * embedding models folder. Throws a ModelError (exit 3) when there is no such file.
 */
export function resolveLocalEmbeddingModel(
  nameOrPath: string,
  modelsDir: string,
): { name: string; path: string } {
  const path = resolveLocalModelPath(nameOrPath, embeddingModelsDir(modelsDir));
  const isPath = isAbsolute(nameOrPath) || nameOrPath.includes('/') || nameOrPath.includes('\\');
  return { name: isPath ? path : modelNameOf(nameOrPath), path };
}
