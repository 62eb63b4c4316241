import { describe, expect, it } from 'vitest';
import { createFormats } from '../../adapters/formats/index.js';
import { reachPrompt } from './imagine-prompts.js';

const formats = createFormats();

describe('reachPrompt', () => {
  it('says which formats chops can make, so reach ideas need nothing it cannot produce', () => {
    const prompt = reachPrompt(
      { goal: 'a waltz for my sister', domain: 'composition', relevant: [], domains: [], earlierTitles: [] },
      ['a sailor'],
      3,
      formats.all,
    );
    for (const format of formats.all) expect(prompt).toContain(format.summary);
    expect(prompt).toContain('not Python, R, music21');
  });
});
