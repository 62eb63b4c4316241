import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { ModelError } from '../../domain/errors/index.js';
import { cosine, norm } from '../../domain/vector.js';
import { calibrationFor } from '../../usecases/similarity/calibration-for.js';
import { writeTinyTestModel } from '../local-model/test-support/tiny-test-model.js';
import { LocalEmbedder } from './local-embedder.js';

const tempFolder = temporaryFolders();
let embedder: LocalEmbedder;
let path: string;

beforeAll(async () => {
  path = join(tempFolder(), 'tiny-embedding.gguf');
  await writeTinyTestModel(path, { seed: 3 });
  embedder = new LocalEmbedder({ modelName: 'local:tiny-embedding', path, threads: 1, contextSize: 128 });
}, 60_000);
afterAll(() => embedder.dispose());

describe('LocalEmbedder on the real engine', () => {
  it('embeds texts as unit vectors of the model, in order, the same text alike', async () => {
    const texts = ['Western blotting of the lipase variants', 'Transcribe a Ben Webster ballad solo'];
    const [a, b, again] = await embedder.embed([...texts, texts[0]!]);
    expect(embedder.model).toBe('local:tiny-embedding');
    expect(a).toHaveLength(32);
    expect(norm(a!)).toBeCloseTo(1, 5);
    expect(norm(b!)).toBeCloseTo(1, 5);
    expect(cosine(a!, again!)).toBeCloseTo(1, 5);
    expect(cosine(a!, b!)).toBeLessThan(0.99);
  }, 60_000);

  it('gives blank texts zero vectors and nothing for no texts', async () => {
    const [blank] = await embedder.embed(['   ']);
    expect(Array.from(blank!).every((x) => x === 0)).toBe(true);
    expect(await embedder.embed([])).toEqual([]);
  });

  it('cuts a text longer than its context instead of failing', async () => {
    const long = 'reharmonize the bridge with tritone substitutions '.repeat(200);
    const [vector] = await embedder.embed([long]);
    expect(norm(vector!)).toBeCloseTo(1, 5);
  });

  it('calls after one another give the same vectors as one call', async () => {
    const texts = ['qPCR melt curves', 'long tones against a drone', 'solfège on the changes'];
    const together = await embedder.embed(texts);
    const apart = await Promise.all(texts.map(async (text) => (await embedder.embed([text]))[0]!));
    for (const [i, vector] of apart.entries()) expect(cosine(vector, together[i]!)).toBeCloseTo(1, 5);
  });

  it('is calibrated like any other embedder', async () => {
    const calibration = await calibrationFor({ embedder });
    expect(calibration.model).toBe('local:tiny-embedding');
    expect(calibration.centre).toHaveLength(32);
    expect(calibration.repeatIdea).toBeGreaterThan(calibration.unrelatedIdeas);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(embedder.embed(['jazz'], { signal: controller.signal })).rejects.toThrow();
  });

  it('says in one line when the file is not a model it can load', async () => {
    const broken = join(tempFolder(), 'broken.gguf');
    writeFileSync(broken, 'a saved web page, not a model');
    const failure = await new LocalEmbedder({ modelName: 'local:broken', path: broken })
      .embed(['x'])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelError);
    expect((failure as ModelError).message).toMatch(/^The embedding model .* could not be loaded/);
    expect((failure as ModelError).message).not.toContain('\n');
  });
});
