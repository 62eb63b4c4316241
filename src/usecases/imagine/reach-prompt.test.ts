import { describe, expect, it } from 'vitest';
import { artifactFormatSummaries, artifactFormats } from '../../domain/artifact.js';
import { reachPrompt } from './imagine-prompts.js';

describe('reachPrompt', () => {
  it('says which formats chops can make, so reach ideas need nothing it cannot produce', () => {
    const prompt = reachPrompt(
      { goal: 'a waltz for my sister', domain: 'composition', relevant: [], domains: [], earlierTitles: [] },
      ['a sailor'],
      3,
    );
    for (const format of artifactFormats) expect(prompt).toContain(artifactFormatSummaries[format]);
    expect(prompt).toContain('not Python, R, music21');
  });
});
