import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { localModelLoads } from '../../adapters/local-model/index.js';
import { writeTinyTestModel } from '../../adapters/local-model/test-support/tiny-test-model.js';
import { ChopsApp } from '../chops-app.js';

const tempFolder = temporaryFolders();
const moodSchema = z.object({ mood: z.enum(['calm', 'wild']), note: z.string().max(12) });

describe('one language model per model name per app', () => {
  it('loads a local model once over many calls and frees it when the app closes', async () => {
    const home = tempFolder();
    const modelPath = join(home, 'tiny.gguf');
    await writeTinyTestModel(modelPath);
    const open = () =>
      new ChopsApp({
        home,
        env: { CHOPS_MODEL: `local:${modelPath}` },
        localModel: { threads: 1, contextSize: 1024 },
      });
    const app = open();
    const before = localModelLoads();
    // As the server does: a thinker per request, each over the app's one model.
    for (let call = 0; call < 6; call++) {
      const thinker = await app.thinker();
      const answer = await thinker.think({
        schema: moodSchema,
        schemaName: 'mood',
        system: 'Describe a mood.',
        prompt: `How do you feel, take ${call}?`,
        temperature: 0,
      });
      expect(moodSchema.parse(answer)).toEqual(answer);
    }
    expect(localModelLoads() - before).toBe(1);
    await app.close();

    // Closed means freed: another app over the same file loads it again, once.
    const again = open();
    await (await again.thinker()).think({
      schema: moodSchema,
      schemaName: 'mood',
      system: 'Describe a mood.',
      prompt: 'And now?',
      temperature: 0,
    });
    expect(localModelLoads() - before).toBe(2);
    await again.close();
  }, 60_000);
});
