import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewordings, saxophonistIdeas } from '../../../../test/support/idea-fixtures.js';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { MAX_PAIRS_FILE_BYTES } from './similarity.js';

const tempFolder = temporaryFolders();
const text = (idea: { title: string; pitch: string }) => `${idea.title}. ${idea.pitch}`;

describe('chops similarity', () => {
  it('prints the similarity, the embedder and both decisions', async () => {
    const result = await runChops(['similarity', 'improvising jazz', 'jazz improvisation'], {
      home: tempFolder(),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^similarity 0\.\d{3} \(words:wink-100d-sif\)$/m);
    expect(result.stdout).toMatch(/^same ability: yes \(similar meaning\); by meaning needs 0\.\d{3}/m);
    expect(result.stdout).toMatch(
      /^repeat of an idea: yes \(at 0\.\d{3} or above; unrelated ideas score about/m,
    );
  });

  it('prints one JSON object with --json, and keeps numbered versions apart', async () => {
    const home = tempFolder();
    const result = await runChops(['similarity', 'Python 2', 'Python 3', '--json'], { home });
    expect(result.code).toBe(0);
    const judgement = JSON.parse(result.stdout);
    expect(Object.keys(judgement).sort()).toEqual([
      'a',
      'b',
      'embedder',
      'repeatIdea',
      'sameAbility',
      'similarity',
    ]);
    expect(judgement).toMatchObject({
      a: 'Python 2',
      b: 'Python 3',
      sameAbility: false,
      embedder: 'words:wink-100d-sif',
    });
    const fft = JSON.parse(
      (await runChops(['similarity', 'FFT', 'fast Fourier transform', '--json'], { home })).stdout,
    );
    expect(fft).toMatchObject({ sameAbility: true, sameAbilityReason: 'abbreviation' });
  });

  it('rejects an empty side or a missing text with a one-line error', async () => {
    const home = tempFolder();
    const empty = await runChops(['similarity', '  ', 'jazz'], { home });
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
    expect(empty.stderr).toContain('empty text');
    const missing = await runChops(['similarity', 'jazz'], { home });
    expect(missing.code).toBe(2);
  });

  it('judges a file of pairs, one JSON line each, bad lines with an error and the rest still printed', async () => {
    const home = tempFolder();
    const file = join(home, 'pairs.tsv');
    const lines = [
      `${text(rewordings[1]!.of)}\t${text(rewordings[1]!.again)}`,
      'no tab on this line',
      '',
      `\tan empty first side`,
      `${text(saxophonistIdeas[0]!)}\t${text(saxophonistIdeas[8]!)}`,
      'HTTP/1.1\tHTTP/2\r',
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await runChops(['similarity', '--file', file], { home });
    expect(result.code).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((o) => o.line)).toEqual([1, 2, 4, 5, 6]);
    expect(out[0]).toMatchObject({ repeatIdea: true, embedder: 'words:wink-100d-sif' });
    expect(out[1]).toEqual({ line: 2, error: 'no tab between the two texts' });
    expect(out[2]).toEqual({ line: 4, error: 'empty text on one side' });
    expect(out[3]).toMatchObject({ repeatIdea: false, sameAbility: false });
    expect(out[4]).toMatchObject({ a: 'HTTP/1.1', b: 'HTTP/2', sameAbility: false });
    expect(typeof out[4].similarity).toBe('number');
    expect(result.stderr).toContain('3 pairs judged, 2 lines with an error');
  });

  it('reads pairs from standard input, and refuses a huge file with a one-line error', async () => {
    const home = tempFolder();
    const piped = await runChops(['similarity', '--file', '-'], { home, stdin: 'ES5\tES6\n' });
    expect(JSON.parse(piped.stdout)).toMatchObject({ line: 1, a: 'ES5', b: 'ES6', sameAbility: false });
    const huge = join(home, 'huge.tsv');
    writeFileSync(huge, 'a\tb\n'.repeat(MAX_PAIRS_FILE_BYTES / 4 + 1));
    const result = await runChops(['similarity', '--file', huge], { home });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/larger than 8 MB/);
    const none = await runChops(['similarity', '--file', join(home, 'none.tsv')], { home });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no such file');
  });
});
