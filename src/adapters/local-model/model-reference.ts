import { UserInputError } from '../../domain/errors/index.js';
import { type KnownModelFile, recommendedModel } from './recommended-model.js';

const huggingFaceName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * What `chops model pull [NAME]` may be given:
 * - nothing, or the recommended model's name: the recommended model;
 * - a Hugging Face file: `hf:owner/repo/path/file.gguf` or `owner/repo/path/file.gguf` (main revision);
 * - an `https://` (or `http://`) URL of a `.gguf` file.
 *
 * Throws a one-line UserInputError for anything else.
 */
export function resolveModelReference(reference?: string): KnownModelFile {
  const text = reference?.trim() ?? '';
  if (text === '' || text === recommendedModel.name || text === recommendedModel.fileName)
    return recommendedModel;
  if (/^https?:\/\//i.test(text)) return fromUrl(text);
  const path = text.replace(/^hf:/i, '');
  const parts = path.split('/');
  if (parts.length >= 3 && parts.every((part) => huggingFaceName.test(part)) && path.endsWith('.gguf')) {
    const [owner, repo, ...file] = parts;
    const fileName = file.at(-1)!;
    return {
      name: modelNameOf(fileName),
      fileName,
      url: `https://huggingface.co/${owner}/${repo}/resolve/main/${file.map(encodeURIComponent).join('/')}`,
    };
  }
  throw new UserInputError(
    `"${text}" is not a model chops can fetch: give a Hugging Face file (owner/repo/file.gguf), an https:// URL, or nothing for ${recommendedModel.name}.`,
  );
}

/** The name a model file is known by: its file name without `.gguf`. */
export function modelNameOf(fileName: string): string {
  return fileName.replace(/\.gguf$/i, '');
}

function fromUrl(text: string): KnownModelFile {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserInputError(`"${text}" is not a valid URL.`);
  }
  const last = decodeURIComponent(url.pathname.split('/').at(-1) ?? '');
  const base = last.replace(/\.gguf$/i, '');
  if (!huggingFaceName.test(base)) {
    throw new UserInputError(
      `Cannot tell a model file name from "${text}": the URL should end in a name like model.gguf.`,
    );
  }
  const fileName = `${base}.gguf`;
  return { name: modelNameOf(fileName), fileName, url: url.href };
}
