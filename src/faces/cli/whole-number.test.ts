import { InvalidArgumentError } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { wholeNumber } from './whole-number.js';

describe('wholeNumber', () => {
  it('takes whole numbers in the range and refuses the rest with the range in the message', () => {
    const count = wholeNumber(1, 12);
    expect(count('1')).toBe(1);
    expect(count('12')).toBe(12);
    for (const bad of ['0', '13', '2.5', 'five', '', '1e400'])
      expect(() => count(bad)).toThrow(new InvalidArgumentError('must be a whole number from 1 to 12'));
  });

  it('has no upper end when none is given, and can name what it takes', () => {
    expect(wholeNumber(1)('1000000')).toBe(1_000_000);
    expect(() => wholeNumber(1)('0')).toThrow('must be a whole number from 1');
    const port = wholeNumber(0, 65_535, { what: 'a port number', note: ' (0 picks a free one)' });
    expect(port('0')).toBe(0);
    expect(() => port('65536')).toThrow('must be a port number from 0 to 65535 (0 picks a free one)');
  });
});
