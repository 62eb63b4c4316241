import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { disposeAllLocalModels } from '../../../adapters/local-model/index.js';
import {
  startTestFileServer,
  type TestFileServer,
} from '../../../adapters/local-model/test-support/test-file-server.js';
import { buildTinyTestModel } from '../../../adapters/local-model/test-support/tiny-test-model.js';

const tempFolder = temporaryFolders();
let server: TestFileServer | undefined;
afterEach(async () => {
  await disposeAllLocalModels();
  await server?.close();
  server = undefined;
});

describe('chops model pull --embedding', () => {
  it('fetches an embedding model apart from the chat models, and chops then embeds with it', async () => {
    const home = tempFolder();
    server = await startTestFileServer(buildTinyTestModel(11));
    const pulled = await runChops(['model', 'pull', '--embedding', server.fileUrl, '--json'], { home });
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(JSON.parse(pulled.stdout)).toMatchObject({ name: 'model', downloaded: true, embedding: true });
    expect(existsSync(join(home, 'models', 'embedding', 'model.gguf'))).toBe(true);
    // It is no chat model: the chat models folder lists nothing.
    expect(JSON.parse((await runChops(['model', 'list', '--json'], { home })).stdout)).toEqual([]);

    const env = { CHOPS_EMBED_THREADS: '1' };
    const judged = await runChops(['similarity', 'Python 2', 'Python 3', '--json'], { home, env });
    expect(judged.code, judged.stderr).toBe(0);
    expect(JSON.parse(judged.stdout)).toMatchObject({ embedder: 'local:model', sameAbility: false });

    // A configured embedding model is used as named (here by its path).
    const words = await runChops(['similarity', 'a cat', 'a dog', '--json'], {
      home,
      env: { ...env, CHOPS_EMBED_MODEL: `local:${join(home, 'models', 'embedding', 'model.gguf')}` },
    });
    expect(JSON.parse(words.stdout).embedder).toBe(
      `local:${join(home, 'models', 'embedding', 'model.gguf')}`,
    );

    const again = await runChops(['model', 'pull', '--embedding', server.fileUrl], { home });
    expect(again.stdout).toContain('The embedding model model is already here.');
  }, 120_000);

  it('says in one line when a configured local embedding model is missing', async () => {
    const home = tempFolder();
    const result = await runChops(['similarity', 'a', 'b'], {
      home,
      env: { CHOPS_EMBED_MODEL: 'local:nothing' },
    });
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('No local model');
  });
});
