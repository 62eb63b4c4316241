import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { sandboxProcessesOf } from '../../test/support/sandbox-processes.js';
import { temporaryFolders } from '../../test/support/temp-folder.js';
import { liveLocalModels, localModelLoads } from '../adapters/local-model/index.js';
import { writeTinyTestModel } from '../adapters/local-model/test-support/tiny-test-model.js';
import { ChopsApp } from './chops-app.js';

const tempFolder = temporaryFolders();
const moodSchema = z.object({ mood: z.enum(['calm', 'wild']) });

describe('the app’s lifecycle', () => {
  it('closes everything it opened: the database, the local model and embedder, and the sandbox process', async () => {
    const home = tempFolder();
    const modelPath = join(home, 'tiny.gguf');
    await writeTinyTestModel(modelPath);
    const modelsBefore = liveLocalModels();
    const loadsBefore = localModelLoads();
    let sandbox: number[];
    let app: ChopsApp;
    {
      await using opened = new ChopsApp({
        home,
        env: { CHOPS_MODEL: `local:${modelPath}`, CHOPS_EMBED_THREADS: '1' },
        embedModel: `local:${modelPath}`,
        localModel: { threads: 1, contextSize: 1024 },
      });
      app = opened;
      const thinker = await app.thinker();
      const answer = await thinker.think({
        schema: moodSchema,
        schemaName: 'mood',
        system: 'Describe a mood.',
        prompt: 'How do you feel?',
        temperature: 0,
      });
      expect(moodSchema.parse(answer)).toEqual(answer);
      const [vector] = await (await app.embedder()).embed(['a walking bass line']);
      expect(vector?.length).toBeGreaterThan(0);
      expect((await app.formats.get('js').check('assert.equal(1 + 1, 2);')).passed).toBe(true);
      expect(app.store.getPerson()).toBeUndefined();

      expect(localModelLoads() - loadsBefore).toBe(1);
      expect(liveLocalModels() - modelsBefore).toBe(2);
      sandbox = sandboxProcessesOf();
      expect(sandbox).toHaveLength(1);
    }
    // Leaving the block disposed of the app: the models are freed, the sandbox process is gone.
    expect(liveLocalModels()).toBe(modelsBefore);
    await vi.waitFor(() => expect(existsSync(`/proc/${sandbox[0]}`)).toBe(false), { timeout: 5_000 });
    expect(sandboxProcessesOf()).toEqual([]);
    expect(() => app.store).toThrow(/closed/);
    await expect(app.thinker()).rejects.toThrow(/closed/);
    // A second close is harmless.
    await expect(app.close()).resolves.toBeUndefined();
  }, 60_000);

  it('closes without having opened anything, and is closed for good', async () => {
    const app = new ChopsApp({ home: tempFolder(), env: {} });
    await app.close();
    await app[Symbol.asyncDispose]();
    expect(() => app.db).toThrow(/closed/);
  });
});
