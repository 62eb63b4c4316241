import { UserInputError } from '../../domain/errors/index.js';
import { cleanModelText } from '../../domain/model-text.js';
import { type ChopsDocument, documentSchema, documentVersion } from './document-schema.js';

// Keys that mean something to JavaScript objects: no export has them, so a file with one is hostile.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {}

/**
 * An export file's text, parsed and checked against the document schema, or a UserInputError that says
 * in one line what is wrong and where (`goals[2].ideas[0].reach: …`). Nothing is read from the
 * database here: a file is refused before anything could be written.
 */
export function parseDocument(text: string, source: string): ChopsDocument {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value) => {
      if (forbiddenKeys.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey)
      throw new UserInputError(`${source} is not a chops export: it has the key "${error.message}"`);
    throw new UserInputError(`${source} is not JSON: ${(error as Error).message}`);
  }
  const version = (json as { chops?: unknown } | null)?.chops;
  if (typeof json !== 'object' || json === null || Array.isArray(json) || version === undefined)
    throw new UserInputError(`${source} is not a chops export (it has no "chops" version field)`);
  if (version !== documentVersion) {
    const newer = typeof version === 'number' && version > documentVersion;
    throw new UserInputError(
      newer
        ? `${source} was exported by a newer chops (format ${version}); this one reads format ${documentVersion}`
        : `${source} has an unknown format version ${JSON.stringify(version).slice(0, 40)}`,
    );
  }
  const parsed = documentSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.reduce<string>(
    (path, part) =>
      typeof part === 'number' ? `${path}[${part}]` : `${path}${path ? '.' : ''}${String(part)}`,
    '',
  );
  throw new UserInputError(
    `${source}: ${where || 'the document'}: ${cleanModelText(issue.message, 200)}; nothing was imported`,
  );
}
