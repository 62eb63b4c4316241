/**
 * The embedded local model: `local:<name-or-path>` runs a GGUF file in this process with
 * node-llama-cpp, and the models folder holds the files `chops model pull|list|use|rm` manage.
 *
 * Only {@link createLocalLanguageModel} (on its first call) loads node-llama-cpp; only
 * {@link pullModel} touches the network.
 */
export {
  type CreateLocalLanguageModelOptions,
  createLocalLanguageModel,
} from './create-local-language-model.js';
export type { DownloadProgress } from './download-file.js';
export { disposeAllLocalModels, liveLocalModels } from './exit-disposal.js';
export { gpuSetting, gpuSettingValues } from './gpu-setting.js';
export { type LocalModelOptions, localModelLoads } from './loaded-model.js';
export { LocalLanguageModel } from './local-language-model.js';
export {
  type DefaultModelChoice,
  findDefaultLocalModel,
  type LocalModelFile,
  listModels,
  removeModel,
  resolveLocalModelPath,
  useModel,
} from './model-files.js';
export { modelNameOf, resolveModelReference } from './model-reference.js';
export { type PulledModel, type PullModelOptions, pullModel } from './pull-model.js';
export { type KnownModelFile, recommendedModel } from './recommended-model.js';
