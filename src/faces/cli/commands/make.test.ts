import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { type ScriptedProvider, startScriptedProvider } from '../../../../test/support/scripted-provider.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import {
  tideWaltzWithLongBar as badTune,
  borrowedIvLesson,
  sailorLens,
  tideWaltz as tune,
} from '../../../../test/support/tide-waltz.js';

const tempFolder = temporaryFolders();
let provider: ScriptedProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

/** A model that imagines one reach idea, writes a tune (wrong first, then right), and teaches one trick. */
function respond(prompt: string): unknown {
  if (prompt.includes('lenses for imagining')) return sailorLens;
  if (prompt.includes('ALONE')) {
    return {
      ideas: [
        {
          title: 'Harbour march',
          pitch: 'A brisk march for brass.',
          lens: 'a bandleader',
          needs: [{ name: 'waltz form', how: 'contrast' }],
        },
      ],
    };
  }
  if (prompt.includes('REACH')) {
    return {
      ideas: [
        {
          title: 'Tide waltz',
          pitch: 'A waltz whose phrases rise and fall like the tide.',
          lens: 'a sailor',
          needs: [
            { name: 'waltz form', how: 'the structure' },
            { name: 'modal interchange', how: 'colour' },
          ],
        },
      ],
    };
  }
  if (prompt.includes('failed its check')) {
    return { content: tune, abilitiesUsed: [{ name: 'modal interchange', how: 'the B section' }] };
  }
  if (prompt.includes('Make the artifact')) {
    return {
      title: 'Tide waltz <script>alert(1)</script>',
      content: badTune,
      abilitiesUsed: [{ name: 'modal interchange', how: 'bar 3' }],
    };
  }
  return borrowedIvLesson();
}

async function ideaId(home: string, env: NodeJS.ProcessEnv): Promise<string> {
  await runChops(['init', '--domain', 'composition', '-a', 'waltz form'], { home });
  const imagined = await runChops(['imagine', 'a piece about the sea', '-n', '1', '--json'], { home, env });
  expect(imagined.code, imagined.stderr).toBe(0);
  return JSON.parse(imagined.stdout).reach[0].id;
}

describe('chops make, artifact and learn', () => {
  it('repairs a tune with a wrong bar, writes MIDI, lends what it used, and learns from it', async () => {
    provider = await startScriptedProvider(respond);
    const env = { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
    const home = tempFolder();
    // Outputs go outside the data folder, which chops never writes into.
    const outFolder = tempFolder();
    const id = await ideaId(home, env);

    const made = await runChops(['make', id, '--format', 'abc', '--out', join(outFolder, 'tide.mid')], {
      home,
      env,
    });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/attempt 1: failed — .*bar/i);
    expect(made.stderr).toContain('attempt 2: passed');
    expect(made.stdout).toContain('passes its check');
    expect(readFileSync(join(outFolder, 'tide.mid')).subarray(0, 4).toString('latin1')).toBe('MThd');

    const listed = JSON.parse((await runChops(['artifacts', '--json'], { home })).stdout);
    expect(listed).toMatchObject([{ format: 'abc', passed: true }]);
    const artifactId = listed[0].id as string;
    const shown = JSON.parse((await runChops(['artifact', artifactId, '--json'], { home })).stdout);
    expect(shown.attempts.map((a: { passed: boolean }) => a.passed)).toEqual([false, true]);
    const first = await runChops(['artifact', artifactId, '--attempt', '1'], { home });
    expect(first.stdout).toContain('D E F G');
    expect(
      JSON.parse((await runChops(['repertoire', '--status', 'lent', '--json'], { home })).stdout),
    ).toMatchObject([{ name: 'modal interchange' }]);

    const learned = await runChops(['learn', artifactId], { home, env });
    expect(learned.code, learned.stderr).toBe(0);
    expect(learned.stdout).toContain('Borrow iv from the parallel minor');
    expect(learned.stdout).toContain('Now learning: modal interchange');
    const again = await runChops(['learn', artifactId], { home });
    expect(again.stdout).toContain('already learned from this artifact');

    const png = await runChops(['artifact', artifactId, '-o', join(outFolder, 'tide.png')], { home });
    expect(png.code).toBe(1);
    expect(png.stderr.trim()).toBe('chops: abc artifacts can be written as .abc, .mid or .svg, not .png');
    expect(existsSync(join(outFolder, 'tide.png'))).toBe(false);
    const score = await runChops(['artifact', artifactId, '-o', join(outFolder, 'tide.svg')], { home });
    expect(score.code, score.stderr).toBe(0);
    expect(readFileSync(join(outFolder, 'tide.svg'), 'utf8')).toMatch(
      /^<\?xml[\s\S]*<svg [^>]*aria-label="Sheet Music for &quot;Tide waltz/,
    );
    const source = await runChops(['artifact', artifactId, '-o', join(outFolder, 'tide.abc')], { home });
    expect(source.code, source.stderr).toBe(0);
    expect(readFileSync(join(outFolder, 'tide.abc'), 'utf8')).toBe(tune);
  });

  it('refuses a bad --data file in one line before asking the model anything, saving nothing', async () => {
    provider = await startScriptedProvider(respond);
    const env = { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
    const home = tempFolder();
    const id = await ideaId(home, env);
    const asked = provider.requests.length;
    const ragged = join(home, 'plate.csv');
    writeFileSync(ragged, 'well,a405\nA1,0.41\nA2,0.39,0.5\n');
    const made = await runChops(['make', id, '--format', 'js', '--data', ragged], { home, env });
    expect(made.code).toBe(1);
    expect(made.stderr.trim()).toBe(
      `chops: ${ragged}: line 3 has a different number of fields from the header (ragged rows)`,
    );
    expect(provider.requests.length).toBe(asked);
    expect((await runChops(['artifacts'], { home })).stdout).toContain('No artifacts yet');
  });

  it('refuses an --out the format cannot write before asking the model anything', async () => {
    provider = await startScriptedProvider(respond);
    const env = { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
    const home = tempFolder();
    const id = await ideaId(home, env);
    const asked = provider.requests.length;
    const made = await runChops(['make', id, '--format', 'vega-lite', '-o', join(home, 'fig.png')], {
      home,
      env,
    });
    expect(made.code).toBe(1);
    expect(made.stderr.trim().split('\n')).toHaveLength(1);
    expect(made.stderr).toContain('can be written as .vl.json, .json or .svg, not .png');
    expect(provider.requests.length).toBe(asked);
  });

  it('reports an unknown idea, artifact and attempt in one line', async () => {
    provider = await startScriptedProvider(respond);
    const env = { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
    const home = tempFolder();
    expect((await runChops(['make', 'nope'], { home, env })).stderr).toContain('no idea "nope"');
    expect((await runChops(['artifact', 'nope'], { home })).stderr).toContain('no artifact "nope"');
    expect((await runChops(['make', 'x', '--attempts', '0'], { home, env })).code).toBe(2);
    expect((await runChops(['artifacts'], { home })).stdout).toContain('No artifacts yet');
  });

  it('exits 4 when the last attempt still fails its check, keeping the artifact and its attempt', async () => {
    provider = await startScriptedProvider(respond);
    const env = { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
    const home = tempFolder();
    const id = await ideaId(home, env);
    const made = await runChops(['make', id, '--format', 'abc', '--attempts', '1', '--json'], { home, env });
    expect(made.code).toBe(4);
    expect(JSON.parse(made.stdout)).toMatchObject({ passed: false, attempts: [{ passed: false }] });
    expect(made.stderr).toContain('still fails its check after 1 attempts; every attempt is saved');
    const plain = await runChops(['make', id, '--format', 'abc', '--attempts', '1'], { home, env });
    expect(plain.code).toBe(4);
    expect(plain.stdout).toContain('still fails its check after 1 attempts');
    const listed = JSON.parse((await runChops(['artifacts', '--json'], { home })).stdout);
    expect(listed).toHaveLength(2);
  });
});
