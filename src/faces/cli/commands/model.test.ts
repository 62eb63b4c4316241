import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import {
  startTestFileServer,
  type TestFileServer,
} from '../../../adapters/local-model/test-support/test-file-server.js';
import { buildTinyTestModel } from '../../../adapters/local-model/test-support/tiny-test-model.js';

const tempFolder = temporaryFolders();
let server: TestFileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('chops model', () => {
  it('says how to get a model when there is none, without touching the network', async () => {
    const home = tempFolder();
    const list = await runChops(['model', 'list'], {
      home,
      fetch: () => Promise.reject(new Error('no network')),
    });
    expect(list.stdout).toContain('No local models yet. Get one: chops model pull');
    const imagine = await runChops(['imagine', 'a ballad'], {
      home,
      fetch: () => Promise.reject(new Error('no network')),
    });
    expect(imagine.code).toBe(3);
    expect(imagine.stderr).toContain('chops model pull');
    expect(imagine.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('pulls, lists, uses and removes a local model, which becomes the default without an account', async () => {
    const home = tempFolder();
    server = await startTestFileServer(buildTinyTestModel(7));
    const pulled = await runChops(['model', 'pull', server.fileUrl, '--json'], { home });
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(JSON.parse(pulled.stdout)).toMatchObject({ name: 'model', downloaded: true });
    expect(existsSync(join(home, 'models', 'model.gguf'))).toBe(true);

    const listed = JSON.parse((await runChops(['model', 'list', '--json'], { home })).stdout);
    expect(listed).toMatchObject([{ name: 'model', default: true }]);
    // With nothing else configured, the local model is the one chops uses.
    expect((await runChops([], { home })).stdout).toContain('Using local:model (from the models folder)');
    // A configured model still wins.
    expect((await runChops([], { home, env: { CHOPS_MODEL: 'ollama:x' } })).stdout).toContain(
      'Using ollama:x',
    );

    const again = await runChops(['model', 'pull', server.fileUrl], { home });
    expect(again.stdout).toContain('model is already here');

    expect((await runChops(['model', 'use', 'model'], { home })).stdout).toContain('model = local:model');
    expect((await runChops(['config', 'get', 'model'], { home })).stdout.trim()).toBe('local:model');
    const removed = await runChops(['model', 'rm', 'model'], { home });
    expect(removed.stdout).toContain('removed model');
    expect((await runChops(['config', 'get', 'model'], { home })).stdout.trim()).toBe('');
  });

  it('reports bad references and unknown models in one line', async () => {
    const home = tempFolder();
    const unknown = await runChops(['model', 'rm', 'nothing'], { home });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No model named "nothing"');
    const notGguf = await runChops(['model', 'use', '/etc/hostname'], { home });
    expect(notGguf.code).toBe(1);
    expect(notGguf.stderr).toContain('is not a GGUF model file');
  });
});
