import type { LocalModelFile, PulledModel } from '../../adapters/local-model/index.js';

/** A model fetched into the data folder, as `chops model pull --json` prints it (an embedding model says so). */
export function pulledModelJson(pulled: PulledModel, kind: 'chat' | 'embedding' = 'chat') {
  const { name, path, size } = pulled.model;
  return {
    name,
    path,
    size,
    downloaded: pulled.downloaded,
    ...(kind === 'embedding' ? { embedding: true } : {}),
  };
}

/** A model in the data folder, as `chops model list --json` lists it. */
export function localModelJson(model: LocalModelFile) {
  return { name: model.name, path: model.path, size: model.size, default: model.isDefault };
}
