import { describe, expect, it } from 'vitest';
import { runChops } from '../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { modelVariables, providers } from '../../adapters/models/index.js';

const tempFolder = temporaryFolders();

describe('the providers in the CLI help', () => {
  it('lists every provider with an example and every variable they read in chops config --help', async () => {
    const help = await runChops(['config', '--help'], { home: tempFolder() });
    expect(help.code).toBe(0);
    for (const provider of providers) expect(help.stdout).toContain(provider.example);
    for (const variable of modelVariables()) expect(help.stdout).toContain(variable.name);
  });

  it('names every provider in the --model flag', async () => {
    const help = await runChops(['--help'], { home: tempFolder() });
    const flat = help.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain(`provider one of ${providers.map((p) => p.name).join(', ')}`);
  });
});
