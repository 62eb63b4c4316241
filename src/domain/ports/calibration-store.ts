import type { Calibration } from '../similarity/calibration.js';

/** Calibrations kept by the embedder's model tag, so an embedder is calibrated once per data folder. */
export interface CalibrationStore {
  getCalibration(model: string): Calibration | undefined;
  putCalibration(calibration: Calibration): void;
}
