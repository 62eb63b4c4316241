import type { MakeResult } from '../../usecases/make/make.js';
import { artifactJson, attemptJson } from './artifact-json.js';
import { toConfirmJson } from './checklist-json.js';

/**
 * What `chops make --json` prints and POST /api/make answers: the artifact with every attempt, the
 * abilities the model lent, the lent ones to confirm, whether chops chose the format, and the file
 * `--out` wrote (null when none was written, as always over HTTP).
 */
export function madeJson(result: MakeResult, written?: string) {
  return {
    ...artifactJson(result.artifact),
    attempts: result.attempts.map(attemptJson),
    lent: result.lent,
    toConfirm: result.toConfirm.map(toConfirmJson),
    formatChosen: result.formatChosen,
    written: written ?? null,
  };
}
