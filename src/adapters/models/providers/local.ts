import { ModelError } from '../../../domain/errors/index.js';
import { LocalEmbedder } from '../../embeddings/local-embedder.js';
import { resolveLocalEmbeddingModel } from '../../embeddings/recommended-embedding-model.js';
import { createLocalLanguageModel } from '../../local-model/create-local-language-model.js';
import { defineProvider, type ModelId } from '../provider-descriptor.js';

const minute = 60_000;

function modelsFolder(name: ModelId, modelsDir: string | undefined): string {
  if (!modelsDir)
    throw new ModelError(`${name.text}: no models folder to look in`, { code: 'local_unavailable' });
  return modelsDir;
}

/** A GGUF file run in this process by node-llama-cpp: no server, no account. */
export const local = defineProvider({
  name: 'local',
  summary: 'a GGUF file run in this process, on your CPU (chops model pull)',
  example: 'local:qwen2.5-1.5b-instruct-q4_k_m',
  variables: {
    CHOPS_GPU: { description: 'off (the default), auto, cuda, vulkan or metal, for local: models' },
    CHOPS_EMBED_THREADS: { description: 'CPU threads of a local: embedding model (default up to 4)' },
  },
  // The embedded CPU model writes far more slowly than a hosted one (16 ideas from a 3B model on a
  // laptop CPU take several minutes) and starts slowly on a long prompt.
  timeouts: { totalMs: 30 * minute, stallMs: 5 * minute },
  // node-llama-cpp itself is loaded only on the first call, so naming a local model costs nothing.
  languageModel: (name, { modelsDir, localOptions }) =>
    createLocalLanguageModel(name.model, { modelsDir: modelsFolder(name, modelsDir), ...localOptions }),
  embeddings: {
    kind: 'in-process',
    embedder: (name, { env, modelsDir }) => {
      const file = resolveLocalEmbeddingModel(name.model, modelsFolder(name, modelsDir));
      const threads = Number(env.CHOPS_EMBED_THREADS) || undefined;
      return new LocalEmbedder({
        modelName: `local:${file.name}`,
        path: file.path,
        ...(threads && { threads }),
      });
    },
  },
});
