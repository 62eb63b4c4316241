import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const modelIdeas = {
  solo: [
    {
      title: 'Ballad in the old style',
      pitch: 'A 32-bar AABA ballad voiced for the quartet, with the bridge handed to the bass.',
      lens: 'tradition',
      needs: [{ name: 'ii-V-I voicings', how: 'Reharmonising the A sections.' }],
    },
  ],
  reach: [
    {
      title: 'Ballad over a tide-table rhythm',
      pitch: 'Code turns a year of tide tables into a slow rhythmic bed under the melody.',
      lens: 'an oceanographer',
      needs: [{ name: 'data sonification', how: 'Tides to rhythm.' }],
    },
  ],
};

function respond(prompt: string): unknown {
  if (prompt.includes('lenses for imagining'))
    return { lenses: [{ name: 'an oceanographer', angle: 'tides' }] };
  if (prompt.includes('wrote down these ideas')) {
    // A weak local model: numbers as it likes, one need with no "how".
    return {
      ideas: [
        { number: 1, needs: [{ name: 'rubato', how: '' }] },
        {
          number: 2,
          needs: [
            { name: 'ii-V-I voicings', how: 'the changes' },
            { name: 'string arranging', how: 'x' },
          ],
        },
      ],
    };
  }
  return { ideas: prompt.includes('ALONE') ? modelIdeas.solo : modelIdeas.reach };
}

describe('chops imagine with ideas of your own', () => {
  it('takes --mine FILE and --idea, measures them beside solo and reach, and tells the model not to repeat them', async () => {
    const home = tempFolder();
    provider = await startScriptedProvider(respond);
    const env = { CHOPS_MODEL: 'openai-compatible:test-model', CHOPS_BASE_URL: provider.baseUrl };
    await runChops(['init', '--domain', 'jazz', '-a', 'ii-V-I voicings', '-a', 'rubato'], { home });
    const file = join(home, 'mine.txt');
    writeFileSync(file, '# my ideas\n- A rubato ballad for sax alone, the band entering at the last A\n\n');
    const result = await runChops(
      [
        'imagine',
        'a ballad for my quartet',
        '-n',
        '1',
        '--mine',
        file,
        '--idea',
        'Reharmonise Body and Soul for strings',
        '--json',
      ],
      { home, env },
    );
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.mine.map((idea: { text: string }) => idea.text)).toEqual([
      'A rubato ballad for sax alone, the band entering at the last A',
      'Reharmonise Body and Soul for strings',
    ]);
    expect(json.mine[0]).toMatchObject({ set: 'mine', reach: 0, needs: [{ name: 'rubato', status: 'own' }] });
    expect(json.mine[1].reach).toBe(0.5);
    for (const idea of [...json.mine, ...json.solo, ...json.reach]) {
      expect(idea.originality).toBeGreaterThanOrEqual(1);
      expect(idea.originality).toBeLessThanOrEqual(5);
    }
    expect(json.spread).toHaveProperty('mine');
    const prompts = provider.requests.map((request) => JSON.stringify(request.messages));
    const ideaPrompts = prompts.filter((p) => p.includes('ALONE') || p.includes('REACH'));
    expect(ideaPrompts.length).toBe(2);
    for (const prompt of ideaPrompts) expect(prompt).toContain('Reharmonise Body and Soul for strings');

    // chops ideas lists the person's own beside solo and reach; chops idea shows one in full.
    const listed = JSON.parse((await runChops(['ideas', '--json'], { home })).stdout);
    expect(listed.map((idea: { set: string }) => idea.set).sort()).toEqual(['mine', 'mine', 'reach', 'solo']);
    const goalListed = JSON.parse(
      (await runChops(['ideas', '--goal', json.goalId, '--json'], { home })).stdout,
    );
    expect(goalListed.slice(0, 2)).toEqual(json.mine);
    const table = await runChops(['ideas'], { home });
    expect(table.stdout).toMatch(/mine .*Reharmonise Body and Soul for strings/);
    const own = json.mine[1];
    const shown = await runChops(['idea', own.id.slice(0, 6), '--json'], { home });
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual({ ...own, goal: expect.objectContaining({ id: json.goalId }) });
    const text = await runChops(['idea', own.id], { home });
    expect(text.stdout).toContain('Reharmonise Body and Soul for strings');
    expect(text.stdout).toMatch(/string arranging \((new|lent)\)/);
    expect((await runChops(['idea', 'nosuchidea'], { home })).stderr).toMatch(/no idea "nosuchidea"/);
  });

  it('refuses an unreadable --mine file before calling any model', async () => {
    const home = tempFolder();
    provider = await startScriptedProvider(respond);
    const env = { CHOPS_MODEL: 'openai-compatible:test-model', CHOPS_BASE_URL: provider.baseUrl };
    const result = await runChops(['imagine', 'a ballad', '--mine', join(home, 'nope.txt'), '--json'], {
      home,
      env,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^chops: cannot read .*nope\.txt: no such file$/);
    expect(provider.requests).toHaveLength(0);
  });
});
