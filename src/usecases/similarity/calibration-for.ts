import type { CalibrationStore } from '../../domain/ports/calibration-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { type Calibration, calibrationFrom, referenceTexts } from '../../domain/similarity/calibration.js';
import { CALIBRATION_VERSION } from '../../domain/similarity/calibration-references.js';

/** One calibration per embedder object in this process, so one embedding of the references at most. */
const made = new WeakMap<Embedder, Promise<Calibration>>();

/**
 * The calibration of the embedder in use: the stored one for its model tag (of the current version),
 * else made now by embedding the reference texts (one batch) and stored. Without a store it is kept for
 * the life of the process only.
 */
export function calibrationFor(deps: {
  embedder: Embedder;
  calibrations?: CalibrationStore | undefined;
  signal?: AbortSignal | undefined;
}): Promise<Calibration> {
  let calibration = made.get(deps.embedder);
  if (!calibration) {
    calibration = calibrate(deps);
    made.set(deps.embedder, calibration);
    // A failed calibration (a provider down) must not stick: the next call tries again.
    calibration.catch(() => made.delete(deps.embedder));
  }
  return calibration;
}

async function calibrate(deps: {
  embedder: Embedder;
  calibrations?: CalibrationStore | undefined;
  signal?: AbortSignal | undefined;
}): Promise<Calibration> {
  const model = deps.embedder.model;
  const stored = deps.calibrations?.getCalibration(model);
  if (stored && stored.version === CALIBRATION_VERSION) return stored;
  const texts = referenceTexts();
  const vectors = await deps.embedder.embed(texts, deps.signal ? { signal: deps.signal } : {});
  const calibration = calibrationFrom(model, new Map(texts.map((text, i) => [text, vectors[i]!])));
  deps.calibrations?.putCalibration(calibration);
  return calibration;
}
