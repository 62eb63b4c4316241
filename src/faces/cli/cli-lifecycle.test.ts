import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../test/support/run-chops.js';
import { sandboxProcessesOf } from '../../../test/support/sandbox-processes.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();

describe('the CLI closes chops however a command ends', () => {
  it('leaves no sandbox process behind after a check that passes, and none after one that fails', async () => {
    const home = tempFolder();
    const good = join(home, 'good.js');
    const bad = join(home, 'bad.js');
    writeFileSync(good, 'assert.equal([1, 2, 3].length, 3);\n');
    writeFileSync(bad, 'assert.equal(1 + 1, 3, "arithmetic");\n');

    const passed = await runChops(['check', good, '--json'], { home });
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.stdout)).toMatchObject({ format: 'js', passed: true });
    expect(sandboxProcessesOf()).toEqual([]);

    const failed = await runChops(['check', bad, '--json'], { home });
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ format: 'js', passed: false });
    expect(sandboxProcessesOf()).toEqual([]);
  });
});
