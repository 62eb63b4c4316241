import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteCalibrationStore } from '../../adapters/store/sqlite-calibration-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { referenceTexts } from '../../domain/similarity/calibration.js';
import { CALIBRATION_VERSION } from '../../domain/similarity/calibration-references.js';
import { calibrationFor } from './calibration-for.js';

const tempFolder = temporaryFolders();

/** The word vectors under a name of their own, counting the texts they are asked for. */
async function countingEmbedder(model: string): Promise<Embedder & { texts: number }> {
  const inner = await wordEmbedder();
  const counting = {
    model,
    texts: 0,
    embed: async (texts: readonly string[]) => {
      counting.texts += texts.length;
      return inner.embed(texts);
    },
  };
  return counting;
}

describe('calibrationFor', () => {
  it('embeds the references once, stores the result by model tag, and reuses it in a new process', async () => {
    const folder = tempFolder();
    const store = new SqliteCalibrationStore(openDatabase(folder));
    const first = await countingEmbedder('test:counting');
    const made = await calibrationFor({ embedder: first, calibrations: store });
    expect(first.texts).toBe(referenceTexts().length);
    await calibrationFor({ embedder: first, calibrations: store });
    expect(first.texts).toBe(referenceTexts().length);
    expect(store.getCalibration('test:counting')).toEqual(made);
    expect(store.getCalibration('words:other')).toBeUndefined();

    // A new embedder object (as in the next run of chops) reads the stored calibration.
    const later = await countingEmbedder('test:counting');
    const again = await calibrationFor({
      embedder: later,
      calibrations: new SqliteCalibrationStore(openDatabase(folder)),
    });
    expect(later.texts).toBe(0);
    expect(again).toEqual(made);
  });

  it('redoes a calibration of an older version', async () => {
    const store = new SqliteCalibrationStore(openDatabase(tempFolder()));
    const embedder = await countingEmbedder('test:old');
    const current = await calibrationFor({
      embedder: await countingEmbedder('test:old'),
      calibrations: store,
    });
    store.putCalibration({ ...current, version: CALIBRATION_VERSION - 1, repeatIdea: 0.5 });
    const redone = await calibrationFor({ embedder, calibrations: store });
    expect(embedder.texts).toBeGreaterThan(0);
    expect(redone.repeatIdea).toBeCloseTo(current.repeatIdea, 6);
    expect(store.getCalibration('test:old')?.version).toBe(CALIBRATION_VERSION);
  });

  it('does not keep a failed calibration', async () => {
    let fail = true;
    const inner = await wordEmbedder();
    const flaky: Embedder = {
      model: 'test:flaky',
      embed: async (texts) => {
        if (fail) throw new Error('provider down');
        return inner.embed(texts);
      },
    };
    await expect(calibrationFor({ embedder: flaky })).rejects.toThrow('provider down');
    fail = false;
    expect((await calibrationFor({ embedder: flaky })).model).toBe('test:flaky');
  });
});
