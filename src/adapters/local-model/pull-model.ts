import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelError } from '../../domain/errors/index.js';
import { storeFileError } from '../files/file-errors.js';
import { type DownloadProgress, downloadToPart } from './download-file.js';
import { hasGgufMagic } from './gguf-magic.js';
import { type LocalModelFile, listModels } from './model-files.js';
import { resolveModelReference } from './model-reference.js';

/** What `chops model pull [NAME]` passes in. */
export interface PullModelOptions {
  /** See {@link resolveModelReference}; nothing means the recommended model. */
  reference?: string;
  modelsDir: string;
  /** Swapped in tests; the global fetch otherwise. */
  fetch?: typeof globalThis.fetch;
  /** Called once per received chunk (often: throttle drawing), `received` counts resumed bytes too. */
  onProgress?: (progress: DownloadProgress) => void;
  /** Aborting keeps the `.part` file, so the next pull resumes; the promise rejects with the reason. */
  signal?: AbortSignal;
}

/** The model now in the folder, and whether this pull fetched it (false: it was already there). */
export interface PulledModel {
  model: LocalModelFile;
  downloaded: boolean;
}

/**
 * Fetches a model into the models folder: resumable (`<file>.part` plus HTTP Range), verified (SHA-256
 * when known in advance or advertised by the server, and the GGUF magic bytes), and renamed to its
 * real name only after it passed, so a partial or wrong file is never taken for a model.
 *
 * This is the only function in chops's local-model code that touches the network. A model already in
 * the folder is returned without a request.
 */
export async function pullModel(options: PullModelOptions): Promise<PulledModel> {
  const known = resolveModelReference(options.reference);
  const path = join(options.modelsDir, known.fileName);
  const partPath = `${path}.part`;
  if (await stat(path).catch(() => undefined))
    return { model: await describe(options.modelsDir, path), downloaded: false };

  await mkdir(options.modelsDir, { recursive: true }).catch((error: unknown) => {
    throw storeFileError(error, 'create', options.modelsDir);
  });
  // Say so before downloading a gigabyte, not after.
  await access(options.modelsDir, constants.W_OK).catch((error: unknown) => {
    throw storeFileError(error, 'write to', options.modelsDir);
  });
  const part = await downloadToPart({
    url: known.url,
    partPath,
    fetch: options.fetch ?? globalThis.fetch,
    ...(options.signal && { signal: options.signal }),
    ...(options.onProgress && { onProgress: options.onProgress }),
    ...(known.sha256 && { expectedSha256: known.sha256 }),
  });

  const expected = known.sha256 ?? part.advertisedSha256;
  if (expected && part.sha256 !== expected) {
    // A corrupt part cannot be resumed into a good file: drop it so the next pull starts clean.
    await rm(partPath, { force: true });
    throw new ModelError(
      `The download of ${known.name} is corrupt (SHA-256 ${part.sha256}, expected ${expected}); it was deleted, pull again.`,
      { code: 'checksum', isRetryable: true },
    );
  }
  if (!(await hasGgufMagic(partPath))) {
    await rm(partPath, { force: true });
    throw new ModelError(`${known.url} is not a GGUF model file; it was deleted.`, { code: 'not_gguf' });
  }
  await rename(partPath, path).catch((error: unknown) => {
    throw storeFileError(error, 'write to', path);
  });
  return { model: await describe(options.modelsDir, path), downloaded: true };
}

async function describe(modelsDir: string, path: string): Promise<LocalModelFile> {
  const model = (await listModels(modelsDir)).find((candidate) => candidate.path === path);
  if (!model) throw new ModelError(`${path} vanished right after it was saved.`);
  return model;
}
