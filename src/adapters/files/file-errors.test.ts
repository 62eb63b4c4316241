import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { StoreError, UserInputError } from '../../domain/errors/index.js';
import { EnglishDictionary } from '../dictionary/english-dictionary.js';
import { readRegularFileSync } from './bounded-read.js';
import { cannotRead, cannotWrite, fileErrorReason, storeFileError } from './file-errors.js';

const folder = temporaryFolders();
const failure = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('it did not fail');
};

describe('file errors, in words', () => {
  it('words what the file system really says', () => {
    const home = folder();
    const file = join(home, 'notes.txt');
    writeFileSync(file, 'x');
    const missing = failure(() => readFileSync(join(home, 'nope.txt')));
    expect(cannotRead('nope.txt', missing).message).toBe('cannot read nope.txt: no such file');
    expect(cannotWrite('out/x.json', missing).message).toBe('cannot write out/x.json: no such folder');
    expect(
      cannotRead(
        home,
        failure(() => readFileSync(home)),
      ).message,
    ).toMatch(/: it is a folder$/);
    // A file where a folder should be.
    const notFolder = failure(() => writeFileSync(join(file, 'x.json'), 'x'));
    expect(cannotWrite('x.json', notFolder).message).toBe('cannot write x.json: no such folder');
    // /dev/full fails every write as a full disk does.
    const full = failure(() => writeFileSync('/dev/full', 'x'));
    expect(storeFileError(full, 'write to', '/models/m.gguf').message).toBe(
      'cannot write to /models/m.gguf: the disk is full',
    );
    expect(fileErrorReason(failure(() => readRegularFileSync('/dev/zero', 10)))).toBe('not a regular file');
  });

  it('keeps the kind of error each side needs, and the cause', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/x'"), { code: 'EACCES' });
    expect(cannotRead('/x', denied)).toBeInstanceOf(UserInputError);
    const store = storeFileError(denied, 'use', 'the data folder /x');
    expect(store).toBeInstanceOf(StoreError);
    expect(store.message).toBe('cannot use the data folder /x: permission denied');
    expect(store.cause).toBe(denied);
    for (const [code, words] of [
      ['EROFS', 'the disk is read-only'],
      ['EPERM', 'permission denied'],
      ['EDQUOT', 'the disk quota is used up'],
    ])
      expect(fileErrorReason(Object.assign(new Error(code), { code }), 'write')).toBe(words);
    // A refusal chops makes itself, by its code.
    expect(cannotRead('a', 'EISDIR').message).toBe('cannot read a: it is a folder');
  });

  it("keeps the system's description of a code it has no words for, without the path", () => {
    const odd = Object.assign(new Error("EXDEV: cross-device link not permitted, rename 'a' -> 'b'"), {
      code: 'EXDEV',
    });
    expect(fileErrorReason(odd, 'write')).toBe('cross-device link not permitted (EXDEV)');
    expect(fileErrorReason(new SyntaxError('Unexpected end of JSON input'))).toBe(
      'Unexpected end of JSON input',
    );
  });

  it('says in a sentence why the dictionary cannot be read, never a bare code', () => {
    expect(() => EnglishDictionary.open('/dev/zero')).toThrow(
      /^cannot read the dictionary at \/dev\/zero: not a regular file$/,
    );
    expect(() => EnglishDictionary.open(join(folder(), 'none.txt'))).toThrow(
      /^cannot read the dictionary at .*none\.txt: no such file$/,
    );
  });
});
