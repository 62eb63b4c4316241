import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelError, NotFoundError, UserInputError } from '../../domain/errors/index.js';
import {
  findDefaultLocalModel,
  listModels,
  removeModel,
  resolveLocalModelPath,
  useModel,
} from './model-files.js';
import { recommendedModel } from './recommended-model.js';

let home: string;
let modelsDir: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'chops-models-'));
  modelsDir = join(home, 'models');
  await mkdir(modelsDir);
});

afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

/** A file that passes the GGUF magic check; the engine is not involved here. */
async function fakeModel(fileName: string, modifiedSecondsAgo = 0, folder = modelsDir): Promise<string> {
  const path = join(folder, fileName);
  await writeFile(path, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60)]));
  const when = new Date(Date.now() - modifiedSecondsAgo * 1000);
  await utimes(path, when, when);
  return path;
}

describe('listModels', () => {
  it('lists finished models with their sizes, never downloads in progress', async () => {
    await fakeModel('b.gguf');
    await fakeModel('a.gguf');
    await writeFile(join(modelsDir, 'c.gguf.part'), 'GGUF half');
    await writeFile(join(modelsDir, 'notes.txt'), 'hi');
    const models = await listModels(modelsDir);
    expect(models.map((model) => [model.name, model.size])).toEqual([
      ['a', 64],
      ['b', 64],
    ]);
    expect(models[0]?.path).toBe(join(modelsDir, 'a.gguf'));
  });

  it('has no models when the folder does not exist yet', async () => {
    expect(await listModels(join(home, 'nowhere'))).toEqual([]);
    expect(await findDefaultLocalModel(join(home, 'nowhere'))).toBeUndefined();
  });

  it('marks the chosen model as default, else the recommended one, else the newest', async () => {
    await fakeModel('old.gguf', 100);
    await fakeModel('new.gguf', 10);
    expect((await findDefaultLocalModel(modelsDir))?.name).toBe('new');
    await fakeModel(recommendedModel.fileName, 1000);
    expect((await findDefaultLocalModel(modelsDir))?.name).toBe(recommendedModel.name);
    expect((await findDefaultLocalModel(modelsDir, { defaultModel: 'old' }))?.name).toBe('old');
    const listed = await listModels(modelsDir, { defaultModel: 'old' });
    expect(listed.filter((model) => model.isDefault).map((model) => model.name)).toEqual(['old']);
    // A choice that is not in the folder marks nothing rather than something else.
    expect(await findDefaultLocalModel(modelsDir, { defaultModel: 'gone' })).toBeUndefined();
  });
});

describe('resolveLocalModelPath', () => {
  it('finds a name in the models folder, with or without .gguf, and takes paths as they are', async () => {
    const path = await fakeModel('tiny.gguf');
    expect(resolveLocalModelPath('tiny', modelsDir)).toBe(path);
    expect(resolveLocalModelPath('tiny.gguf', modelsDir)).toBe(path);
    const elsewhere = await fakeModel('own.gguf', 0, home);
    expect(resolveLocalModelPath(elsewhere, modelsDir)).toBe(elsewhere);
  });

  it('says how to get a model when there is none by that name (exit code 3)', async () => {
    await writeFile(join(modelsDir, 'half.gguf.part'), 'GGUF');
    expect(() => resolveLocalModelPath('half', modelsDir)).toThrow(ModelError);
    expect(() => resolveLocalModelPath('half', modelsDir)).toThrow(/chops model pull/);
  });
});

describe('useModel', () => {
  it('returns the config value for a model in the folder, or for a file elsewhere', async () => {
    await fakeModel('tiny.gguf');
    expect(await useModel(modelsDir, 'tiny')).toBe('local:tiny');
    expect(await useModel(modelsDir, 'tiny.gguf')).toBe('local:tiny');
    const elsewhere = await fakeModel('own.gguf', 0, home);
    expect(await useModel(modelsDir, elsewhere)).toBe(`local:${elsewhere}`);
  });

  it('refuses a missing model or a file that is not GGUF', async () => {
    await expect(useModel(modelsDir, 'nope')).rejects.toThrow(ModelError);
    await writeFile(join(modelsDir, 'page.gguf'), '<html>');
    await expect(useModel(modelsDir, 'page')).rejects.toThrow(UserInputError);
  });
});

describe('removeModel', () => {
  it('deletes the model and any unfinished download of it', async () => {
    const path = await fakeModel('tiny.gguf');
    await writeFile(`${path}.part`, 'GGUF');
    const removed = await removeModel(modelsDir, 'tiny');
    expect(removed.name).toBe('tiny');
    await expect(stat(path)).rejects.toThrow();
    await expect(stat(`${path}.part`)).rejects.toThrow();
    expect(await listModels(modelsDir)).toEqual([]);
  });

  it('says when there is no such model', async () => {
    await expect(removeModel(modelsDir, 'nope')).rejects.toThrow(NotFoundError);
  });
});
