import abcjs from 'abcjs';
import { describe, expect, it } from 'vitest';
import { createAbcChecker, plainWarning } from './abc-checker.js';
import {
  ornamented,
  siBheagSiMhor,
  sixtyFourBars,
  soldiersJoy,
  theKesh,
  twoVoices,
} from './test-support/tunes.js';

const checker = createAbcChecker();

describe('abc checker on real tunes', () => {
  it.each([
    ['a jig in 6/8', theKesh],
    ['a reel in 4/4 with pickups and repeats', soldiersJoy],
    ['a waltz in 3/4 with a broken-rhythm pickup and first and second endings', siBheagSiMhor],
    ['triplets, chords, grace notes, rests, broken rhythm and ties in M:C', ornamented],
    ['two voices', twoVoices],
    ['a 64-bar tune', sixtyFourBars],
  ])('passes %s', async (_name, tune) => {
    const result = await checker.check(tune);
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('names a short bar in a jig by number and text', async () => {
    const result = await checker.check(theKesh.replace('edd gdd', 'edd gd'));
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual(['bar 3 "edd gd" lasts 5/8 but the metre needs 6/8']);
  });

  it('names a long bar in a reel, counting the pickup as bar 0', async () => {
    const result = await checker.check(soldiersJoy.replace('B2 E2 E2 FG', 'B2 E2 E2 FGA'));
    expect(result.problems).toEqual(['bar 4 "B2 E2 E2 FGA" lasts 9/8 but the metre needs 4/4']);
  });

  it('fails a section-ending bar that does not complete its pickup, and says what would', async () => {
    const result = await checker.check(
      soldiersJoy.replace('gfed cdec|d2 f2 d2:|\n|:fg', 'gfed cdec|d2 f2 d:|\n|:fg'),
    );
    expect(result.problems).toEqual([
      'bar 8 "d2 f2 d" lasts 5/8 but the metre needs 4/4 (or 3/4 to complete the 1/4 pickup)',
    ]);
  });

  it('fails a wrong bar in a waltz ending and in a triplet bar', async () => {
    const waltz = await checker.check(siBheagSiMhor.replace('|2 D6||', '|2 D4 E||'));
    expect(waltz.problems).toEqual([
      'bar 17 "D4 E" lasts 5/8 but the metre needs 3/4 (or 2/4 to complete the 1/4 pickup)',
    ]);
    const triplet = await checker.check(ornamented.replace('(3Bcd', '(3Bcde'));
    expect(triplet.problems).toEqual(['bar 1 "{g}A2 (3Bcde e2 [GBd]2" lasts 9/8 but the metre needs 4/4']);
  });

  it('checks each voice on its own and names the voice', async () => {
    const result = await checker.check(twoVoices.replace('E,4', 'E,3'));
    expect(result.problems).toEqual(['voice 2, bar 2 "E,3" lasts 3/8 but the metre needs 2/4']);
  });

  it('measures against M:C| and an inline metre change', async () => {
    const cut = 'X:1\nT:Cut\nM:C|\nL:1/8\nK:D\nABcd efga|b8|]\n';
    expect((await checker.check(cut)).passed).toBe(true);
    const change = 'X:1\nT:Change\nM:4/4\nL:1/4\nK:C\nCDEF|[M:3/4] GAB|c3|]\n';
    expect((await checker.check(change)).passed).toBe(true);
    expect((await checker.check(change.replace('GAB', 'GABc'))).problems).toEqual([
      'bar 2 "GABc" lasts 4/4 but the metre needs 3/4',
    ]);
  });

  it('fails on parser warnings, shown as plain text', async () => {
    const result = await checker.check('X:1\nT:Broken\nM:4/4\nL:1/4\nK:C\nCDEF|G#A^^B c|]\n');
    expect(result.passed).toBe(false);
    expect(result.problems.some((problem) => problem.startsWith('Music Line:'))).toBe(true);
    expect(result.problems.join()).not.toMatch(/<span|&gt;|&lt;/);
  });

  it('requires the header fields and some notes', async () => {
    const result = await checker.check('T:No header\n');
    expect(result.problems).toEqual([
      'no X: (reference number) line: a tune starts with X:1',
      'no K: (key) line: the header ends with one, e.g. K:G',
      'no M: (metre) line in the header, e.g. M:6/8',
      'the tune has no notes',
    ]);
  });

  it('turns abcjs warnings into plain text that still shows the offending character', () => {
    expect(plainWarning('Unknown: A&gt;B <span style="x">:</span>3')).toBe('Unknown: A>B »:«3');
    const [tune] = abcjs.parseOnly('X:1\nT:t\nM:4/4\nL:1/8\nK:C\nCDEF GAB!foo!c|c4 z4|]\n');
    expect(plainWarning(tune!.warnings![0]!)).toBe(
      'Music Line:6:9: Unknown decoration: foo:  CDEF GAB»!«foo!c|c4 z4|]',
    );
  });

  it('writes MIDI and refuses other renderings', async () => {
    const midi = await checker.render(theKesh, 'mid');
    expect(new TextDecoder().decode(midi.slice(0, 4))).toBe('MThd');
    expect(new TextDecoder().decode(midi).includes('MTrk')).toBe(true);
    await expect(checker.render(theKesh, 'png')).rejects.toThrow(/\.abc, \.mid or \.svg/);
  });

  it('leaves the chord accompaniment out of MIDI unless asked for', async () => {
    const tracks = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes).split('MTrk').length - 1;
    const chorded = theKesh.replace('|:G3 GAB|', '|:"G"G3 GAB|');
    const plain = await checker.render(chorded, 'mid');
    const accompanied = await checker.render(chorded, 'mid', { midiChords: true });
    expect(tracks(accompanied)).toBe(tracks(plain) + 1);
  });

  it('draws a printable score as a standalone SVG, as abcjs draws it in the web app', async () => {
    const svg = new TextDecoder().decode(await checker.render(soldiersJoy, 'svg'));
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toMatch(/<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/<svg [^>]*width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
    expect(svg).toContain('Soldier&#39;s Joy'.replace('&#39;', "'"));
    // One path per note head at least: the 64 notes of the tune are drawn.
    expect(svg.match(/class="abcjs-note[ "]/g)?.length).toBeGreaterThan(60);
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
  });
});

describe('abc checker on the idioms of real tune books', () => {
  const tune = (body: string, header = 'M:4/4\nL:1/8\nK:D') => `X:1\nT:Idiom\n${header}\n${body}\n`;

  it('accepts a bar split by a section line: the short end and the next pickup make one bar', async () => {
    const split = tune(
      '|:DE|G2DE GDEG|DEGA B2AB|G2DE GABd|B2 G2 G2:|\nef|g2ed edBA|BABG E2DE|GABd eged|B2G2 G2|]',
    );
    expect((await checker.check(split)).problems).toEqual([]);
  });

  it('accepts a pickup closed by a double bar, and one after a repeat that the part ends by completing', async () => {
    const result = await checker.check(
      tune(
        '|: (F/G/) || A F D F | A d d (F/G/) | A F D F | d d d :|\n|: e || f g a f | e c A> e | f g a f | d d d :|',
        'M:4/4\nL:1/4\nK:D',
      ),
    );
    expect(result.problems).toEqual([]);
  });

  it('fails a short bar at the start of a later part whose end is a full bar, naming that bar', async () => {
    const result = await checker.check(
      tune('|:A2FA dAFA|dAFA d2FG|A2FA dAFA|d2f2 d4:|\n|:a2f d2fg|a2f2 d2fg|afdf gfed|d2f2 d4:|'),
    );
    expect(result.problems).toEqual(['bar 5 "a2f d2fg" lasts 7/8 but the metre needs 4/4']);
  });

  it('reads M: and L: written just after K:, as tune books do', async () => {
    const result = await checker.check('X:1\nT:Late metre\nK:D\nM:4/4\nL:1/4\n|:DFAA|BAF2|AGE2|D4:|\n');
    expect(result.problems).toEqual([]);
  });

  it('warns about unknown header fields and rests it cannot draw, without failing', async () => {
    const result = await checker.check('X:1\nT:Notes\nY:AABB\nM:4/4\nL:1/8\nK:G\nz5 GAB|c8|]\n');
    expect(result.passed).toBe(true);
    expect(result.warnings).toEqual([
      'unknown field Y: ignored (not part of ABC 2.1)',
      expect.stringMatching(/Duration not representable: z5/),
    ]);
  });

  it('still fails on a parser note that drops music', async () => {
    const result = await checker.check(tune('A2 {[AA]}B2 c4|d8|]'));
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toMatch(/while parsing grace note/);
  });
});
