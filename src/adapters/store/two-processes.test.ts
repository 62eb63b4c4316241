import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnChops } from '../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from './open-database.js';
import { SqliteRepertoireStore } from './sqlite-repertoire-store.js';

const tempFolder = temporaryFolders();
const writer = fileURLToPath(new URL('../../../test/support/store-writer.ts', import.meta.url));

function runWriter(home: string, prefix: string, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, home, prefix, String(count)], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
}

describe('the database under several processes', () => {
  it('lets two processes write at once, losing nothing', async () => {
    const home = tempFolder();
    const codes = await Promise.all([runWriter(home, 'a', 150), runWriter(home, 'b', 150)]);
    expect(codes).toEqual([0, 0]);
    const store = new SqliteRepertoireStore(openDatabase(home));
    expect(store.listAbilities({ domain: 'load' })).toHaveLength(300);
    expect(store.listAbilityEvents()).toHaveLength(300);
  });

  it('refuses a data folder without write permission in one line', async () => {
    const home = join(tempFolder(), 'locked');
    mkdirSync(home);
    chmodSync(home, 0o555);
    // root ignores permissions, so as root the test runs chops as the unprivileged user "nobody".
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    chmodSync(join(home, '..'), 0o755);
    const result = await spawnChops(['can', 'anything'], { home, ...asNobody, env: { HOME: home } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^chops: cannot use the data folder .*locked: permission denied$/);
  });
});
