import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();

describe('aliases and "not yet" at the command line', () => {
  it('keeps a merged name, finds the ability by it, confirms another, and refuses a clash', async () => {
    const home = tempFolder();
    const jazz = ['-d', 'tenor saxophone'];
    expect((await runChops(['can', 'ii-V-I', '2-5-1s', 'guide tones', ...jazz], { home })).code).toBe(0);
    expect((await runChops(['repertoire', 'merge', '2-5-1s', 'ii-V-I'], { home })).code).toBe(0);
    const listed = await runChops(['repertoire'], { home });
    expect(listed.stdout).toMatch(/ii-V-I \(also 2-5-1s\)/);
    // `chops can` finds the ability by its alias: nothing new is added.
    const again = await runChops(['can', '2-5-1s', ...jazz, '--json'], { home });
    expect(JSON.parse(again.stdout)).toMatchObject([
      { outcome: 'merged', reason: 'alias', ability: { name: 'ii-V-I' } },
    ]);
    // The person confirms a model's wording as their own ability.
    const same = await runChops(['can', 'guide-tone lines', '--as', 'guide tones'], { home });
    expect(same.stdout).toContain('"guide-tone lines" is now known as your "guide tones"');
    const json = JSON.parse((await runChops(['repertoire', '--json'], { home })).stdout) as {
      name: string;
      aliases: string[];
    }[];
    expect(json.find((a) => a.name === 'guide tones')?.aliases).toEqual(['guide-tone lines']);
    // A name that is another ability's is never merged silently.
    const clash = await runChops(['can', 'ii-V-I', '--as', 'guide tones'], { home });
    expect(clash.code).toBe(1);
    expect(clash.stderr.trim()).toBe(
      'chops: "ii-V-I" is already the ability "ii-V-I" in "tenor saxophone"; to make them one: chops repertoire merge "ii-V-I" "guide tones"',
    );
    const unalias = await runChops(['repertoire', 'unalias', 'guide-tone lines'], { home });
    expect(unalias.stdout).toContain('"guide tones" is no longer known as "guide-tone lines"');
  });

  it('remembers "not yet", and refuses it for an ability the person owns', async () => {
    const home = tempFolder();
    await runChops(['can', 'guide tones', '-d', 'tenor saxophone'], { home });
    const own = await runChops(['lack', 'guide tones'], { home });
    expect(own.code).toBe(1);
    expect(own.stderr).toContain('"guide tones" is your own ability');
    const lack = await runChops(['lack', 'JavaScript', 'drop-2 voicings'], { home });
    expect(lack.stdout).toContain('"JavaScript": not yet (chops will not ask again)');
    const empty = await runChops(['lack'], { home });
    expect(empty).toMatchObject({ code: 1, stderr: 'chops: no ability names given\n' });
  });
});
