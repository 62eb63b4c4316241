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

const stdin =
  'brick\tdoorstop\nbrick\tgrind it into red pigment and paint a mural with it\nknife\tspread butter\n';

describe('chops aut --file --judge', () => {
  it('scores with the configured model, one call for the file, and the offline scorer where it gives no rating', async () => {
    const home = tempFolder();
    provider = await startScriptedProvider(() => ({
      ratings: [
        { number: 1, rating: 1 },
        { number: 2, rating: 5 },
      ],
    }));
    const env = { CHOPS_MODEL: 'openai-compatible:test-model', CHOPS_BASE_URL: provider.baseUrl };
    const result = await runChops(['aut', '--file', '-', '--judge'], { home, env, stdin });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.originality, line.scorer])).toEqual([
      [1, 'judge'],
      [5, 'judge'],
      [expect.any(Number), 'offline'],
    ]);
    expect(provider.requests).toHaveLength(1);
    expect(JSON.stringify(provider.requests[0])).toContain('grind it into red pigment');
  });

  it('keeps the offline scores, with a note, when the model answers garbage', async () => {
    const home = tempFolder();
    provider = await startScriptedProvider(() => 'I think these are all very creative!');
    const env = { CHOPS_MODEL: 'openai-compatible:test-model', CHOPS_BASE_URL: provider.baseUrl };
    const judged = await runChops(['aut', '--file', '-', '--judge'], { home, env, stdin });
    const offline = await runChops(['aut', '--file', '-'], { home, stdin });
    expect(judged.code, judged.stderr).toBe(0);
    const scores = (output: string) =>
      output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).originality);
    expect(scores(judged.stdout)).toEqual(scores(offline.stdout));
    expect(judged.stdout).toContain('"scorer":"offline"');
    expect(judged.stderr).toMatch(/the model judged none of responses 1–3: .*; offline scores kept/);
  });

  it('refuses --judge without --file', async () => {
    const result = await runChops(['aut', '--judge', '--uses', 'doorstop'], { home: tempFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('chops: --judge goes with --file');
  });
});
