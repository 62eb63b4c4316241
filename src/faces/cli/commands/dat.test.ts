import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { realDatLexicon } from '../../../usecases/dat/test-support/real-lexicon.js';

const tempFolder = temporaryFolders();
const list = 'flower,donkey,magnifier,apple,rock,cloud,toupee,fan,dirt,sunscreen';
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // One dictionary file for every test home, instead of building one per home.
  env = { CHOPS_DICTIONARY: (await realDatLexicon()).dictionaryPath };
});

async function history(home: string) {
  const result = await runChops(['dat', '--history', '--json'], { home, env });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { score: number; words: string[]; valid: string[]; takenAt: string }[];
}

describe('chops dat --words', () => {
  it('scores a list, shows the norms and the vectors note, says what did not count, and keeps the score', async () => {
    const home = tempFolder();
    const result = await runChops(['dat', '--words', `${list},Flower,42,猫`], {
      home,
      env: { ...env, CHOPS_NOW: '2026-05-01T12:00:00Z' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /DAT score: 89\.22 \(scored: flower, donkey, magnifier, apple, rock, cloud, toupee\)/,
    );
    expect(result.stdout).toMatch(
      /mean 78\.2, SD 6\.8\. On that scale your score is about 86\.4, higher than about 89%/,
    );
    expect(result.stdout).toContain('not the study');
    expect(result.stdout).toContain('Not counted: "Flower": the same word as an earlier one');
    expect(result.stdout).toContain('Not counted: "42": not an English word');
    expect(result.stdout).toContain('Not needed (only the first 7 valid words count): fan, dirt, sunscreen');
    const kept = await history(home);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ score: 89.2242, takenAt: '2026-05-01T12:00:00.000Z' });
    expect(kept[0]!.words).toEqual([...list.split(','), 'Flower', '42', '猫']);
  });

  it('prints JSON with score, valid, invalid and the standing', async () => {
    const home = tempFolder();
    const result = await runChops(['dat', '--words', `${list},qwertyuiop`, '--json'], { home, env });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      score: 89.2242,
      valid: ['flower', 'donkey', 'magnifier', 'apple', 'rock', 'cloud', 'toupee'],
      invalid: [{ entry: 'qwertyuiop', word: 'qwertyuiop', reason: 'not-in-dictionary' }],
      unused: ['fan', 'dirt', 'sunscreen'],
      notNouns: [],
    });
    expect(json.percentile).toBeGreaterThan(80);
    expect(typeof json.id).toBe('string');
  });

  it('gives no score with fewer than 7 valid words: exit 1, a clear message, nothing kept', async () => {
    const home = tempFolder();
    const result = await runChops(['dat', '--words', 'cat,dog,cat,1234,asdfgh,tree', '--json'], {
      home,
      env,
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ score: null, valid: ['cat', 'dog', 'tree'] });
    expect(result.stderr).toContain('no score: 3 valid words; the task needs 7');
    expect(await history(home)).toEqual([]);
  });

  it('never reaches a model, even with a chat and an embedding provider configured', async () => {
    const home = tempFolder();
    const calls: string[] = [];
    const fetch = (async (input: unknown) => {
      calls.push(String(input));
      throw new Error('network is off');
    }) as typeof globalThis.fetch;
    const providers = {
      ...env,
      CHOPS_MODEL: 'openai-compatible:test-model',
      CHOPS_BASE_URL: 'http://127.0.0.1:9/v1',
      CHOPS_EMBED_MODEL: 'openai:text-embedding-3-small',
      OPENAI_API_KEY: 'sk-test',
    };
    const result = await runChops(['dat', '--words', list, '--json'], { home, env: providers, fetch });
    expect(result.code).toBe(0);
    expect(calls).toEqual([]);
    // The same score as without providers: the embedded vectors, not the configured embedding model.
    expect(JSON.parse(result.stdout).score).toBe(89.2242);
  });

  it.each([
    ['an empty list', ['dat', '--words', ''], 1, 'no words given'],
    ['only commas', ['dat', '--words', ' , ,'], 1, 'no words given'],
    ['100 KB', ['dat', '--words', 'x,'.repeat(50_000)], 1, 'the task takes 10 words'],
    ['two modes', ['dat', '--words', list, '--history'], 2, 'use one of --words, --file and --history'],
    ['no terminal', ['dat'], 2, 'asks for words at a terminal'],
  ])('rejects %s with exit %i and one line', async (_label, argv, code, message) => {
    const home = tempFolder();
    const result = await runChops(argv as string[], { home, env });
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('handles control characters and other scripts as words that do not count', async () => {
    const home = tempFolder();
    const result = await runChops(['dat', '--words', `ring\u0007,bell\u001b[31m,Кошка,${list}`], {
      home,
      env,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u0007');
    expect(result.stdout).toContain('Not counted: "bell" (read as "bellm"): not in the dictionary');
    expect(result.stdout).toContain('Not counted: "Кошка": not an English word');
    expect(result.stdout).toMatch(/scored: ring, flower/);
  });
});

describe('chops dat --file', () => {
  it('prints one JSON line per list, skips blank lines, reports bad lines, and keeps nothing', async () => {
    const home = tempFolder();
    const file = join(home, 'study.txt');
    const lines = [list, '', 'cat,dog', 'x'.repeat(5000), 'tree,\xff'];
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(lines.slice(0, 4).join('\n')), Buffer.from('\ncat,\xff\xfe\n', 'latin1')]),
    );
    const result = await runChops(['dat', '--file', file], { home, env });
    expect(result.code).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out).toMatchObject([
      {
        line: 1,
        score: 89.2242,
        valid: ['flower', 'donkey', 'magnifier', 'apple', 'rock', 'cloud', 'toupee'],
      },
      { line: 3, score: null, valid: ['cat', 'dog'], invalid: [] },
      { line: 4, error: expect.stringContaining('longer than') },
      { line: 5, error: 'not UTF-8 text' },
    ]);
    expect(result.stderr).toContain('4 lists read, 1 scored');
    expect(await history(home)).toEqual([]);
  });

  it('reads standard input with -', async () => {
    const home = tempFolder();
    const result = await runChops(['dat', '--file', '-'], {
      home,
      env,
      stdin: `${list}\r\n${list.toUpperCase()}\r\n`,
    });
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).score),
    ).toEqual([89.2242, 89.2242]);
  });

  it('says when the file cannot be read', async () => {
    const home = tempFolder();
    const result = await runChops(['dat', '--file', join(home, 'missing.txt')], { home, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read .*missing\.txt: no such file/);
  });
});

describe('chops dat --history', () => {
  it('lists the scores over time in a table, or says there are none yet', async () => {
    const home = tempFolder();
    expect((await runChops(['dat', '--history'], { home, env })).stdout).toContain('No DAT scores yet');
    await runChops(['dat', '--words', list], { home, env: { ...env, CHOPS_NOW: '2026-01-01T09:00:00Z' } });
    await runChops(['dat', '--words', 'cat,dog,mouse,horse,cow,pig,sheep'], {
      home,
      env: { ...env, CHOPS_NOW: '2026-02-01T09:00:00Z' },
    });
    const result = await runChops(['dat', '--history'], { home, env });
    const rows = result.stdout.split('\n').filter((line) => line.startsWith('2026-'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^2026-01-01 09:00 +89\.22 +\d+% +flower, donkey/);
    expect(rows[1]).toMatch(/^2026-02-01 09:00 +\d\d\.\d\d +\d+% +cat, dog, mouse/);
  });
});
