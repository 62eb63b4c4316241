import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();

describe('chops init', () => {
  it('runs from flags for scripts: person, domains, first abilities in the first domain', async () => {
    const home = tempFolder();
    const result = await runChops(
      [
        'init',
        '--name',
        'Mina',
        '--about',
        'tenor sax',
        '--domain',
        'jazz saxophone',
        '--domain',
        'theory',
        '--ability',
        'blues scale',
        '-a',
        'altissimo',
        '--json',
      ],
      { home },
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.person).toMatchObject({
      name: 'Mina',
      about: 'tenor sax',
      domains: ['jazz saxophone', 'theory'],
    });
    expect(json.abilities.map((a: { ability: { domain: string } }) => a.ability.domain)).toEqual([
      'jazz saxophone',
      'jazz saxophone',
    ]);
    // New abilities default to the first domain from now on.
    await runChops(['can', 'growl'], { home });
    const list = JSON.parse((await runChops(['repertoire', '--json'], { home })).stdout);
    expect(list.find((a: { name: string }) => a.name === 'growl').domain).toBe('jazz saxophone');
  });

  it('needs a domain when run without questions', async () => {
    const result = await runChops(['init', '--name', 'Mina'], { home: tempFolder() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('needs at least one --domain');
  });

  it('can be run again to update the person', async () => {
    const home = tempFolder();
    await runChops(['init', '--name', 'Mina', '--domain', 'jazz'], { home });
    const again = await runChops(['init', '--name', 'Mina K.', '--domain', 'jazz', '--json'], { home });
    expect(JSON.parse(again.stdout).person.name).toBe('Mina K.');
  });
});

describe('chops with no command, without a terminal', () => {
  it('says how to begin when nothing is set up', async () => {
    const result = await runChops([], { home: tempFolder() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('chops is not set up yet');
    expect(result.stdout).toContain('chops init');
  });

  it('shows where the person stands and how to get a model', async () => {
    const home = tempFolder();
    await runChops(['init', '--name', 'Mina', '--domain', 'jazz', '-a', 'blues scale'], { home });
    const result = await runChops([], { home });
    expect(result.stdout).toContain('Mina: 1 ability in your repertoire, 1 your own.');
    expect(result.stdout).toContain('No model configured');
    const withModel = await runChops([], { home, env: { CHOPS_MODEL: 'ollama:qwen2.5' } });
    expect(withModel.stdout).toContain('Using ollama:qwen2.5 (from CHOPS_MODEL)');
  });
});
