import { resolve } from 'node:path';
import envPaths from 'env-paths';

/**
 * Where chops keeps its data: `--home`, else `CHOPS_HOME`, else the platform's data folder
 * (`~/.local/share/chops` on Linux).
 */
export function resolveDataFolder(options: { flag?: string | undefined; env: NodeJS.ProcessEnv }): string {
  const chosen = options.flag ?? options.env.CHOPS_HOME;
  if (chosen !== undefined && chosen.trim() !== '') return resolve(chosen);
  return envPaths('chops', { suffix: '' }).data;
}
