import { expect } from 'vitest';
import { errorKindOf, ModelError } from '../../../domain/errors/index.js';
import { TEST_API_KEY } from './wire-profiles.js';

/**
 * Awaits a promise that must fail, and checks what every model failure promises: a ModelError with
 * exit code 3, one line, naming the model, and no trace of the API key.
 */
export async function expectModelError(promise: Promise<unknown>, modelName: string): Promise<ModelError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ModelError);
  const modelError = error as ModelError;
  // The kind the CLI answers with exit code 3 (faces/cli/exit-codes.ts).
  expect(errorKindOf(modelError)).toBe('ModelError');
  expect(modelError.message).not.toContain('\n');
  expect(modelError.message).toContain(modelName);
  expect(modelError.message).not.toContain(TEST_API_KEY);
  expect(modelError.message).not.toContain(TEST_API_KEY.slice(8, 30));
  return modelError;
}
