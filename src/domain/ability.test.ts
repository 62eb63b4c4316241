import { describe, expect, it } from 'vitest';
import { cleanLabel, cleanSummary, parseAbilityKind, parseAbilityStatus } from './ability.js';
import { UserInputError } from './errors/index.js';

describe('cleanLabel', () => {
  it('tidies whitespace and accepts any language', () => {
    expect(cleanLabel('  walking   bass ', 'name', 120)).toBe('walking bass');
    expect(cleanLabel('対位法', 'name', 120)).toBe('対位法');
    expect(cleanLabel('Ελληνική αρμονία', 'name', 120)).toBe('Ελληνική αρμονία');
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['bad\u0007bell', 'control characters'],
    ['escape \u001b[31mred', 'control characters'],
    ['two\nlines', 'control characters'],
    ['!!!', 'no letters or digits'],
  ])('rejects %j', (raw, message) => {
    expect(() => cleanLabel(raw, 'ability name', 120)).toThrow(UserInputError);
    expect(() => cleanLabel(raw, 'ability name', 120)).toThrow(message);
  });

  it('bounds length in characters, not bytes', () => {
    expect(cleanLabel('é'.repeat(120), 'name', 120)).toHaveLength(120);
    expect(() => cleanLabel('a'.repeat(121), 'name', 120)).toThrow('longer than 120');
  });
});

describe('parsing', () => {
  it('accepts statuses and kinds case-insensitively and rejects others', () => {
    expect(parseAbilityStatus('Own')).toBe('own');
    expect(parseAbilityKind(' TOOL ')).toBe('tool');
    expect(() => parseAbilityStatus('mine')).toThrow('own, lent, learning');
    expect(() => parseAbilityKind('talent')).toThrow(UserInputError);
  });

  it('makes summaries single-line', () => {
    expect(cleanSummary('first\nsecond')).toBe('first second');
    expect(cleanSummary(undefined)).toBe('');
  });
});
