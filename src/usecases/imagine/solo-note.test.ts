import { describe, expect, it } from 'vitest';
import { soloNote } from './select-ideas.js';

describe('the thin solo set note', () => {
  it('agrees with its number', () => {
    expect(soloNote(0)).toBe('No solo idea stays within your own abilities; the solo set is thin.');
    expect(soloNote(1)).toBe('Only 1 solo idea stays within your own abilities; the solo set is thin.');
    expect(soloNote(3)).toBe('Only 3 solo ideas stay within your own abilities; the solo set is thin.');
  });
});
