import { describe, expect, it } from 'vitest';
import * as errors from '../domain/errors/index.js';
import { ChopsError, errorKindOf, errorKinds, ModelError, UserInputError } from '../domain/errors/index.js';
import { exitCodeOf, exitCodes } from './cli/exit-codes.js';
import { errorAnswer, errorStatuses } from './server/error-response.js';

// Every class of error the domain exports, found by what it is rather than listed again here.
const exported = Object.entries(errors).filter(
  (entry): entry is [string, typeof ChopsError] =>
    typeof entry[1] === 'function' && (entry[1] === ChopsError || entry[1].prototype instanceof ChopsError),
);
const instanceOf = (errorClass: typeof ChopsError) => new errorClass('it failed', { code: 'test' });

describe('the error tables of the faces', () => {
  it('finds every error class the domain exports', () => {
    expect(exported.map(([name]) => name).sort()).toEqual([
      'CheckFailedError',
      'ChopsError',
      'ModelError',
      'NotFoundError',
      'StoreError',
      'UsageError',
      'UserInputError',
    ]);
  });

  it('gives every ChopsError class the domain exports an exit code and a status of its own', () => {
    for (const [name, errorClass] of exported) {
      expect(errorKinds, `${name} is missing from errorKinds`).toHaveProperty(name, errorClass);
      expect(errorKindOf(instanceOf(errorClass)), name).toBe(name);
      expect(Object.hasOwn(exitCodes, name), `${name} has no exit code`).toBe(true);
      expect(Object.hasOwn(errorStatuses, name), `${name} has no HTTP status`).toBe(true);
    }
    // And the tables hold nothing else.
    expect(Object.keys(exitCodes).sort()).toEqual(Object.keys(errorKinds).sort());
    expect(Object.keys(errorStatuses).sort()).toEqual(Object.keys(errorKinds).sort());
  });

  it('answers a subclass a face makes of a domain error as that error', () => {
    class PromptGaveUp extends UserInputError {}
    const error = new PromptGaveUp('gave up');
    expect(errorKindOf(error)).toBe('UserInputError');
    expect(exitCodeOf(error)).toBe(1);
    expect(errorAnswer(error).status).toBe(400);
  });

  it('keeps the exit codes README and DESIGN.md promise', () => {
    const codes = Object.fromEntries(
      exported.map(([name, errorClass]) => [name, exitCodeOf(instanceOf(errorClass))]),
    );
    expect(codes).toEqual({
      ChopsError: 1,
      UserInputError: 1,
      NotFoundError: 1,
      StoreError: 1,
      UsageError: 2,
      ModelError: 3,
      CheckFailedError: 4,
    });
    expect(exitCodeOf(new ModelError('none', { code: 'no_model' }))).toBe(3);
    // A bug is not a kind of error chops expects.
    expect(errorKindOf(new TypeError('bug'))).toBeUndefined();
    expect(exitCodeOf(new TypeError('bug'))).toBe(1);
  });
});
