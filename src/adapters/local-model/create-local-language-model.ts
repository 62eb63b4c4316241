import type { LocalModelOptions } from './loaded-model.js';
import { LocalLanguageModel } from './local-language-model.js';
import { resolveLocalModelPath } from './model-files.js';

/** Where models live and how to run them. */
export interface CreateLocalLanguageModelOptions extends LocalModelOptions {
  /** The models folder, `<home>/models`. */
  modelsDir: string;
}

/**
 * The `local:<nameOrPath>` language model. `nameOrPath` is a path to a GGUF file (anything with a
 * slash) or the name of a model in the models folder. The file must exist (a ModelError, exit 3, says
 * how to get one otherwise); nothing is loaded until the first call.
 */
export function createLocalLanguageModel(
  nameOrPath: string,
  options: CreateLocalLanguageModelOptions,
): LocalLanguageModel {
  const { modelsDir, ...modelOptions } = options;
  return new LocalLanguageModel(nameOrPath, resolveLocalModelPath(nameOrPath, modelsDir), modelOptions);
}
