import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dataLimits, readDataFile } from '../../../adapters/data/read-data-file.js';
import type { DataFile } from '../../../domain/data-file.js';
import { UserInputError } from '../../../domain/errors/index.js';

/** The files of `--data`, read and bounded one by one, with names that tell them apart. */
export async function readDataFiles(paths: readonly string[]): Promise<DataFile[]> {
  const files: DataFile[] = [];
  for (const path of paths) files.push(await readDataFile(path));
  const names = files.map((file) => file.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new UserInputError(`two --data files are named ${repeated}; rename one`);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  if (total > dataLimits.bytes)
    throw new UserInputError(
      `the --data files hold ${Math.round(total / 2 ** 20)} MB in all; make takes up to 5 MB`,
    );
  return files;
}

/** The files whose bytes are no longer those the artifact was made with. */
export async function changedDataFiles(files: readonly DataFile[]): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) {
    const size = await stat(file.path).then(
      (info) => info.size,
      () => -1,
    );
    // A file of another size has changed, however big it has grown: never read it to find out.
    const now = size === file.bytes ? await readFile(file.path).catch(() => undefined) : undefined;
    const hash = now && createHash('sha256').update(now).digest('hex');
    if (hash !== file.sha256) changed.push(basename(file.path));
  }
  return changed;
}
