import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();

describe('chops config', () => {
  it('sets, gets, lists and unsets settings in the data folder', async () => {
    const home = tempFolder();
    expect((await runChops(['config', 'set', 'model', 'anthropic:claude-sonnet-4-5'], { home })).code).toBe(
      0,
    );
    expect((await runChops(['config', 'set', 'mastery-days', '30'], { home })).code).toBe(0);
    expect((await runChops(['config', 'get', 'model'], { home })).stdout).toBe(
      'anthropic:claude-sonnet-4-5\n',
    );
    expect(JSON.parse((await runChops(['config', 'list', '--json'], { home })).stdout)).toEqual({
      model: 'anthropic:claude-sonnet-4-5',
      'mastery-days': 30,
    });
    expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')).model).toBe(
      'anthropic:claude-sonnet-4-5',
    );
    await runChops(['config', 'unset', 'model'], { home });
    expect((await runChops(['config', 'get', 'model'], { home })).stdout).toBe('');
  });

  it('rejects unknown keys, API keys and bad values in one line', async () => {
    const home = tempFolder();
    const key = await runChops(['config', 'set', 'api-key', 'sk-secret'], { home });
    expect(key.code).toBe(1);
    expect(key.stderr).toContain('API keys are read from the environment only');
    expect(key.stderr).not.toContain('sk-secret');
    const model = await runChops(['config', 'set', 'model', 'claude'], { home });
    expect(model).toMatchObject({ code: 1, stderr: expect.stringContaining('provider:model') });
    const days = await runChops(['config', 'set', 'mastery-days', 'soon'], { home });
    expect(days.code).toBe(1);
  });

  it('reports a broken config file in one line', async () => {
    const home = tempFolder();
    writeFileSync(join(home, 'config.json'), '{ not json');
    const result = await runChops(['config', 'list'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/config\.json is not valid JSON; fix or delete it/);
  });

  it('uses the model from the config file, below --model and CHOPS_MODEL', async () => {
    const home = tempFolder();
    await runChops(['config', 'set', 'model', 'ollama:from-config'], { home });
    expect((await runChops([], { home })).stdout).toContain('ollama:from-config (from config)');
    expect((await runChops([], { home, env: { CHOPS_MODEL: 'ollama:from-env' } })).stdout).toContain(
      'from CHOPS_MODEL',
    );
    expect(
      (await runChops(['--model', 'ollama:flag'], { home, env: { CHOPS_MODEL: 'ollama:x' } })).stdout,
    ).toContain('ollama:flag (from --model)');
  });
});
