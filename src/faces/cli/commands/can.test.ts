import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();

async function repertoire(home: string) {
  const result = await runChops(['repertoire', '--json'], { home });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    name: string;
    domain: string;
    status: string;
    kind: string;
    summary: string;
  }[];
}

describe('chops can', () => {
  it('adds own abilities with domain, kind and summary', async () => {
    const home = tempFolder();
    const added = await runChops(
      ['can', 'walking bass', '--domain', 'jazz', '--kind', 'technique', '--summary', 'quarter-note lines'],
      { home },
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('added "walking bass" (jazz, own)');
    expect(await repertoire(home)).toMatchObject([
      {
        name: 'walking bass',
        domain: 'jazz',
        status: 'own',
        kind: 'technique',
        summary: 'quarter-note lines',
      },
    ]);
  });

  it('merges spellings, plurals, abbreviations and synonyms instead of duplicating', async () => {
    const home = tempFolder();
    await runChops(
      [
        'can',
        'Fast Fourier Transform',
        'Chord voicing',
        'regular expressions',
        'jazz improvisation',
        '-d',
        'dsp',
      ],
      { home },
    );
    const again = await runChops(
      ['can', 'FFT', 'chord voicings', 'RegEx', 'improvising jazz', '-d', 'DSP', '--json'],
      {
        home,
      },
    );
    expect(again.code).toBe(0);
    const outcomes = JSON.parse(again.stdout) as {
      outcome: string;
      reason: string;
      ability: { name: string };
    }[];
    expect(outcomes.map((o) => [o.outcome, o.reason, o.ability.name])).toEqual([
      ['merged', 'abbreviation', 'Fast Fourier Transform'],
      ['merged', 'same name', 'Chord voicing'],
      ['merged', 'same name', 'regular expressions'],
      ['merged', 'similar meaning', 'jazz improvisation'],
    ]);
    expect(await repertoire(home)).toHaveLength(4);
  });

  it('keeps genuinely different abilities apart, and the same name in two domains', async () => {
    const home = tempFolder();
    const names = [
      'harmonic minor scale',
      'melodic minor scale',
      'harmonic analysis',
      'C',
      'C++',
      'C#',
      'linear regression',
      'logistic regression',
    ];
    await runChops(['can', ...names, '--domain', 'mixed'], { home });
    await runChops(['can', 'harmonic analysis', '--domain', 'mathematics'], { home });
    const all = await repertoire(home);
    expect(all).toHaveLength(names.length + 1);
  });

  it('reads a pasted skill list from standard input, with bullets and commas', async () => {
    const home = tempFolder();
    const list = '# skills from my CV\n- Python\n* R, SQL; git\n\n1. statistics\n2) stats\n';
    const result = await runChops(['can', '--from', '-', '--domain', 'data'], { home, stdin: list });
    expect(result.code).toBe(0);
    expect((await repertoire(home)).map((a) => a.name).sort()).toEqual([
      'Python',
      'R',
      'SQL',
      'git',
      'statistics',
    ]);
    expect(result.stdout).toMatch(/"stats" merged into "statistics"/);
  });

  it('reads names from a file', async () => {
    const home = tempFolder();
    const file = join(home, 'skills.txt');
    writeFileSync(file, 'Western blot\nELISA\n');
    expect((await runChops(['can', '--from', file, '--domain', 'biology'], { home })).code).toBe(0);
    expect(await repertoire(home)).toHaveLength(2);
  });

  it('makes a lent ability own when the person says they can', async () => {
    const home = tempFolder();
    await runChops(['can', 'PCR', '--domain', 'biology'], { home });
    await runChops(['repertoire', 'status', 'PCR', 'lent'], { home });
    const result = await runChops(['can', 'polymerase chain reaction', '--domain', 'biology'], { home });
    expect(result.stdout).toContain('merged into "PCR" (abbreviation); now your own');
    expect(await repertoire(home)).toMatchObject([{ name: 'PCR', status: 'own' }]);
  });

  it.each([
    [['can', ''], 'ability name is empty'],
    [['can', 'a'.repeat(121)], 'longer than 120 characters'],
    [['can', 'ring\u0007bell'], 'control characters'],
    [['can', '--from', '/nonexistent/file'], 'cannot read /nonexistent/file: no such file'],
    [['can'], 'no ability names given'],
  ])('rejects bad input %j with one line, exit 1, and saves nothing', async (argv, message) => {
    const home = tempFolder();
    const result = await runChops(argv, { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await repertoire(home)).toEqual([]);
  });

  it('saves nothing when one line of a list is bad', async () => {
    const home = tempFolder();
    const result = await runChops(['can', '--from', '-'], { home, stdin: `good one\n${'x'.repeat(200)}\n` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/item 2.*nothing was added/);
    expect(await repertoire(home)).toEqual([]);
  });

  it('accepts names in any language', async () => {
    const home = tempFolder();
    await runChops(['can', '対位法', 'Análisis armónico', '--domain', 'música'], { home });
    expect((await repertoire(home)).map((a) => a.name).sort()).toEqual(
      ['Análisis armónico', '対位法'].sort(),
    );
  });
});
