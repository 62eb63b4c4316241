import { statSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { ModelError, NotFoundError, UserInputError } from '../../domain/errors/index.js';
import { storeFileError } from '../files/file-errors.js';
import { hasGgufMagic } from './gguf-magic.js';
import { modelNameOf } from './model-reference.js';
import { recommendedModel } from './recommended-model.js';

/** A model file in the models folder. */
export interface LocalModelFile {
  /** What `local:<name>` and `chops model use|rm` accept: the file name without `.gguf`. */
  name: string;
  fileName: string;
  path: string;
  /** Bytes. */
  size: number;
  modifiedAt: Date;
  /** Whether this is the model `local` calls use when none is named (see {@link findDefaultLocalModel}). */
  isDefault: boolean;
}

/** Which model the person chose with `chops model use` (the part after `local:`), if any. */
export interface DefaultModelChoice {
  defaultModel?: string;
}

/**
 * The finished models in `modelsDir`, by name. Downloads in progress (`.part` files) are never listed,
 * so they can never be picked as a model. A missing folder simply has no models.
 */
export async function listModels(
  modelsDir: string,
  choice: DefaultModelChoice = {},
): Promise<LocalModelFile[]> {
  let entries: string[];
  try {
    entries = await readdir(modelsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw storeFileError(error, 'read', modelsDir);
  }
  const models: LocalModelFile[] = [];
  for (const fileName of entries.filter((entry) => entry.toLowerCase().endsWith('.gguf')).sort()) {
    const path = join(modelsDir, fileName);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) continue;
    models.push({
      name: modelNameOf(fileName),
      fileName,
      path,
      size: info.size,
      modifiedAt: info.mtime,
      isDefault: false,
    });
  }
  const chosen = pickDefault(models, choice.defaultModel);
  if (chosen) chosen.isDefault = true;
  return models;
}

/**
 * The model `local` uses when the person named none: the one chosen with `chops model use`, else the
 * recommended model if it is there, else the most recently pulled one. `undefined` when there is none,
 * which is when the CLI should say how to get one.
 */
export async function findDefaultLocalModel(
  modelsDir: string,
  choice: DefaultModelChoice = {},
): Promise<LocalModelFile | undefined> {
  return (await listModels(modelsDir, choice)).find((model) => model.isDefault);
}

/**
 * Checks that `nameOrPath` is a usable model and returns the config value that makes it the default
 * (`local:<name>`, or `local:<absolute path>` for a file outside the models folder). Storing it is the
 * caller's job.
 */
export async function useModel(modelsDir: string, nameOrPath: string): Promise<string> {
  const path = resolveLocalModelPath(nameOrPath, modelsDir);
  if (!(await hasGgufMagic(path).catch(() => false))) {
    throw new UserInputError(`${path} is not a GGUF model file.`);
  }
  return `local:${isPath(nameOrPath) ? path : modelNameOf(nameOrPath)}`;
}

/** Deletes a model (and any unfinished download of it) from the models folder; returns what it was. */
export async function removeModel(modelsDir: string, name: string): Promise<LocalModelFile> {
  const model = (await listModels(modelsDir)).find(
    (candidate) => candidate.name === modelNameOf(name.trim()) || candidate.fileName === name.trim(),
  );
  if (!model) throw new NotFoundError(`No model named "${name}" in ${modelsDir} (see chops model list).`);
  try {
    await rm(`${model.path}.part`, { force: true });
    await rm(model.path);
  } catch (error) {
    throw storeFileError(error, 'delete', model.path);
  }
  return model;
}

/**
 * The GGUF file for `local:<nameOrPath>`: a path (anything with a slash) is taken as it is, relative to
 * the working folder; a plain name is looked up in the models folder. Throws a ModelError (exit 3) that
 * says how to get a model when there is no such file.
 */
export function resolveLocalModelPath(nameOrPath: string, modelsDir: string): string {
  const text = nameOrPath.trim();
  const candidates = isPath(text)
    ? [resolve(text)]
    : [join(modelsDir, `${modelNameOf(text)}.gguf`), join(modelsDir, text)];
  const found = candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
  if (found) return found;
  const where = isPath(text) ? resolve(text) : `"${text}" in ${modelsDir}`;
  throw new ModelError(
    `No local model ${where}. Run \`chops model pull\` for the recommended one (${recommendedModel.name}), or \`chops model list\` to see what is there.`,
    { code: 'no_local_model' },
  );
}

function isPath(text: string): boolean {
  return text.includes('/') || text.includes('\\') || isAbsolute(text);
}

function pickDefault(models: LocalModelFile[], chosen: string | undefined) {
  // A choice that is not in this folder (a path elsewhere, a deleted model) marks nothing here.
  if (chosen)
    return models.find((model) => model.name === modelNameOf(chosen) || model.path === resolve(chosen));
  return (
    models.find((model) => model.name === recommendedModel.name) ??
    [...models].sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime())[0]
  );
}
