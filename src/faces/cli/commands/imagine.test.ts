import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { type ScriptedProvider, startScriptedProvider } from '../../../../test/support/scripted-provider.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();
let provider: ScriptedProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

const ideas = {
  solo: [
    {
      title: 'Ballad in the old style',
      pitch: 'A 32-bar AABA ballad voiced for the quartet.',
      lens: 'tradition',
      needs: [{ name: 'ii-V-I voicings', how: 'harmony' }],
    },
    {
      title: 'Rubato duo intro',
      pitch: 'Open with sax and piano alone, out of time.',
      lens: 'space',
      needs: [{ name: 'rubato', how: 'the intro' }],
    },
  ],
  reach: [
    {
      title: 'Ballad over a tide-table rhythm',
      pitch:
        'Code turns a year of tide tables into a slow rhythmic bed under the melody. \u001b[31mred\u001b[0m',
      lens: 'an oceanographer',
      needs: [
        { name: 'ii-V-I voicings', how: 'harmony' },
        { name: 'data sonification', how: 'tides to rhythm' },
      ],
    },
  ],
};

function respond(prompt: string): unknown {
  if (prompt.includes('lenses for imagining'))
    return { lenses: [{ name: 'an oceanographer', angle: 'tides' }] };
  return { ideas: prompt.includes('ALONE') ? ideas.solo : ideas.reach };
}

async function withModel() {
  provider = await startScriptedProvider(respond);
  return { CHOPS_MODEL: 'openai-compatible:test-model', CHOPS_BASE_URL: provider.baseUrl };
}

describe('chops imagine', () => {
  it('prints the JSON shape scripts rely on, over a real OpenAI-compatible wire', async () => {
    const home = tempFolder();
    const env = await withModel();
    await runChops(['init', '--domain', 'jazz', '-a', 'ii-V-I voicings', '-a', 'rubato'], { home });
    const result = await runChops(['imagine', 'a', 'ballad', 'for', 'my', 'quartet', '-n', '2', '--json'], {
      home,
      env,
    });
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['goal', 'solo', 'reach', 'spread', 'gain']));
    expect(json.goal).toBe('a ballad for my quartet');
    expect(json.solo).toHaveLength(2);
    expect(json.reach[0]).toMatchObject({
      id: expect.any(String),
      title: 'Ballad over a tide-table rhythm',
      reach: 0.5,
      novelty: 1,
      needs: [
        { name: 'ii-V-I voicings', status: 'own', how: 'harmony' },
        { name: 'data sonification', status: 'new', how: 'tides to rhythm' },
      ],
    });
    // Model text is stored plain: the escape sequence never reaches storage or output.
    expect(json.reach[0].pitch).not.toContain('\u001b');
    expect(json.spread).toEqual({ solo: expect.any(Number), reach: null });
    expect(json.gain).toBeNull();
    // The schema travels with every request.
    expect(provider!.requests).toHaveLength(3);
    expect(provider!.requests[1]).toMatchObject({ response_format: { type: 'json_schema' } });
  });

  it('shows a readable table with reach, new abilities marked and the gain last', async () => {
    const home = tempFolder();
    const env = await withModel();
    await runChops(['can', 'ii-V-I voicings', '--domain', 'jazz'], { home });
    const result = await runChops(['imagine', 'a ballad for my quartet', '--domain', 'jazz'], { home, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Reach: with abilities the model lends');
    expect(result.stdout).toContain('data sonification (new)');
    expect(result.stdout).toMatch(/reach █████░░░░░ 50%/);
    const lines = result.stdout.trim().split('\n');
    const gainAt = lines.findIndex((line) => line.startsWith('Imagination gain: '));
    expect(lines[gainAt + 1]).toMatch(/^Make one: chops make/);
    expect(result.stdout).not.toContain('\u001b');
    // Not a terminal: the checklist is printed with the commands that answer it, and nothing waits.
    expect(lines.slice(gainAt)).toEqual(
      expect.arrayContaining(['Can you already do these?', '  - rubato', '  - data sonification']),
    );

    const list = await runChops(['ideas', '--json'], { home });
    const stored = JSON.parse(list.stdout) as { id: string; set: string; title: string }[];
    // "rubato" is not the person's (yet): the rubato intro is not shown as solo.
    expect(stored.map((i) => i.set).sort()).toEqual(['reach', 'reach', 'solo']);
    const one = await runChops(['idea', stored.find((i) => i.set === 'reach')!.id], { home });
    expect(one.stdout).toMatch(/(data sonification|rubato) \(new\)/);

    // Answered later: rubato is theirs, so the intro becomes solo; data sonification is not yet.
    const can = await runChops(['can', 'rubato', '--domain', 'jazz'], { home });
    expect(can.stdout).toMatch(/"a ballad for my quartet": 1 idea re-mapped; now 2 solo and 1 reach/);
    const lack = await runChops(['lack', 'data sonification', '--json'], { home });
    expect(JSON.parse(lack.stdout)).toEqual({ notYet: ['data sonification'] });
    const after = JSON.parse((await runChops(['ideas', '--json'], { home })).stdout) as typeof stored;
    expect(after.find((i) => i.title === 'Rubato duo intro')?.set).toBe('solo');
    const again = await runChops(['imagine', 'a ballad for my quartet', '--domain', 'jazz', '--json'], {
      home,
      env,
    });
    expect(JSON.parse(again.stdout).toConfirm).toEqual([]);
  });

  it('says how to get a model, exit 3, when none is configured', async () => {
    const result = await runChops(['imagine', 'a ballad'], { home: tempFolder() });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^chops: No model configured\./);
  });

  it('rejects a bad goal and a bad count in one line', async () => {
    const env = await withModel();
    const empty = await runChops(['imagine', '  '], { home: tempFolder(), env });
    expect(empty).toMatchObject({ code: 1, stderr: expect.stringContaining('the goal is empty') });
    const count = await runChops(['imagine', 'x', '-n', '40'], { home: tempFolder(), env });
    expect(count.code).toBe(2);
    expect(provider!.requests).toHaveLength(0);
  });

  it('reports unknown ideas and goals', async () => {
    const home = tempFolder();
    expect((await runChops(['idea', 'nope'], { home })).stderr).toContain('no idea "nope"');
    expect((await runChops(['ideas', '--goal', 'nope'], { home })).stderr).toContain('no goal "nope"');
    expect((await runChops(['ideas'], { home })).stdout).toContain('No ideas yet');
  });
});
