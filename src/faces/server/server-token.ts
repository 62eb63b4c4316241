import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeFileError } from '../../adapters/files/file-errors.js';

/** The file in the data folder that holds the server's token. */
const tokenFileName = 'server-token';

/**
 * The per-install token: read from the data folder, or made (32 random bytes, URL-safe) and written
 * there readable by its owner only on the first `chops serve`. A file that lost its mode is tightened.
 */
export function serverToken(home: string): string {
  const path = join(home, tokenFileName);
  try {
    const token = readFileSync(path, 'utf8').trim();
    if (/^[\w-]{32,}$/.test(token)) {
      if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
      return token;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw storeFileError(error, 'read', `the server's token at ${path}`);
  }
  const token = randomBytes(32).toString('base64url');
  try {
    mkdirSync(home, { recursive: true });
    writeFileSync(path, `${token}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
  } catch (error) {
    throw storeFileError(error, 'write', `the server's token to ${path}`);
  }
  return token;
}
