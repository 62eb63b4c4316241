import { describe, expect, it } from 'vitest';
import { newRecordId, recordIdPattern } from './record-id.js';

describe('newRecordId', () => {
  it('is 64 bits of the randomness given, as 16 hex digits', () => {
    const id = newRecordId((count) => Uint8Array.from({ length: count }, (_, i) => i * 17));
    expect(id).toBe('0011223344556677');
    expect(id).toMatch(recordIdPattern);
  });

  it('never repeats over many draws of real randomness', async () => {
    const { randomBytes } = await import('node:crypto');
    const ids = new Set(Array.from({ length: 20_000 }, () => newRecordId((n) => randomBytes(n))));
    expect(ids.size).toBe(20_000);
  });
});

describe('recordIdPattern', () => {
  it('accepts the 8-digit ids of earlier versions and refuses what could be a path or markup', () => {
    expect(recordIdPattern.test('a1b2c3d4')).toBe(true);
    expect(recordIdPattern.test('../x')).toBe(false);
    expect(recordIdPattern.test('<b>')).toBe(false);
    expect(recordIdPattern.test('')).toBe(false);
  });
});
