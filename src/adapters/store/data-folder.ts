import { resolve } from 'node:path';
import envPaths from 'env-paths';
import { UsageError } from '../../domain/errors/index.js';

/**
 * Where chops keeps its data: `--home`, else `CHOPS_HOME`, else the platform's data folder
 * (`~/.local/share/chops` on Linux).
 */
export function resolveDataFolder(options: { flag?: string | undefined; env: NodeJS.ProcessEnv }): string {
  // An empty --home is a mistake (an unset variable in a script), not a wish for the default folder.
  if (options.flag !== undefined && options.flag.trim() === '')
    throw new UsageError('--home is empty; name a folder, or leave --home out for the default');
  const chosen = options.flag ?? options.env.CHOPS_HOME;
  if (chosen !== undefined && chosen.trim() !== '') return resolve(chosen);
  return envPaths('chops', { suffix: '' }).data;
}
