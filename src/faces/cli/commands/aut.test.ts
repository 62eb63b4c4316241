import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();

describe('chops aut --uses', () => {
  it('scores fluency, originality and flexibility, common uses below unusual ones, and keeps the answer', async () => {
    const home = tempFolder();
    const uses =
      'Doorstop; paperweight; doorstop ; Grind it into red pigment and paint cave-style murals; ' +
      'wrap it in a towel, warm it in the oven, and use it as a bed warmer';
    const result = await runChops(['aut', '--object', 'Bricks', '--uses', uses, '--json'], {
      home,
      env: { CHOPS_NOW: '2026-06-01T10:00:00Z' },
    });
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.fluency).toBe(4); // the repeated doorstop counts once
    expect(json.flexibility).toBeGreaterThanOrEqual(2);
    expect(json.flexibility).toBeLessThanOrEqual(4);
    const [doorstop, paperweight, pigment, warmer] = json.uses.map(
      (use: { originality: number }) => use.originality,
    );
    expect(Math.max(doorstop, paperweight)).toBeLessThan(Math.min(pigment, warmer));
    for (const value of [doorstop, paperweight, pigment, warmer]) {
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(5);
    }

    const history = await runChops(['aut', '--history', '--json'], { home });
    const kept = JSON.parse(history.stdout);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ object: 'Bricks', fluency: 4, takenAt: '2026-06-01T10:00:00.000Z' });
    const table = await runChops(['aut', '--history'], { home });
    expect(table.stdout).toMatch(/2026-06-01 10:00\s+Bricks\s+4/);
  });

  it('refuses an empty answer and a missing object with one line, exit 1, and keeps nothing', async () => {
    const home = tempFolder();
    const empty = await runChops(['aut', '--object', 'brick', '--uses', ' ; ;'], { home });
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toBe('chops: no uses given: name unusual uses of a brick');
    const noObject = await runChops(['aut', '--object', 'the', '--uses', 'hat'], { home });
    expect(noObject.code).toBe(1);
    const history = await runChops(['aut', '--history', '--json'], { home });
    expect(JSON.parse(history.stdout)).toEqual([]);
  });

  it('asks at a terminal only: without one and without --uses it is a usage error', async () => {
    const result = await runChops(['aut'], { home: tempFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--uses');
  });
});

describe('chops aut --file', () => {
  it('gives one JSON line per line, pools a file’s responses per object, and marks bad lines', async () => {
    const home = tempFolder();
    const lines = [
      'brick\tdoorstop',
      'brick\tcarve it into a chess set for the park',
      'not a line',
      '',
      'knife\t',
      'fork\tcomb for a mermaid',
      ...Array.from({ length: 30 }, () => 'pencil\tdrumstick'),
      'pencil\tdrumstick',
    ];
    const file = join(home, 'responses.tsv');
    writeFileSync(file, `${lines.join('\r\n')}\n`);
    const result = await runChops(['aut', '--file', file], { home });
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out).toHaveLength(lines.length - 1); // the blank line is skipped
    expect(out[0]).toEqual({
      line: 1,
      object: 'brick',
      response: 'doorstop',
      originality: expect.any(Number),
    });
    expect(out[1].originality).toBeGreaterThan(out[0].originality);
    expect(out[2]).toEqual({ line: 3, error: 'no tab: a line is object<TAB>response' });
    expect(out[3]).toEqual({ line: 5, error: 'no response after the tab' });
    expect(result.stderr).toContain('1 (common) to 5 (highly original)');
    // Thirty-one people answering "drumstick" make it a common answer in this file.
    const alone = await runChops(['aut', '--file', '-'], { home, stdin: 'pencil\tdrumstick\n' });
    const single = JSON.parse(alone.stdout.trim());
    expect(out.at(-1).originality).toBeLessThan(single.originality);
    const history = await runChops(['aut', '--history', '--json'], { home });
    expect(JSON.parse(history.stdout)).toEqual([]);
  });

  it('says plainly when the file cannot be read', async () => {
    const home = tempFolder();
    const result = await runChops(['aut', '--file', join(home, 'missing.tsv')], { home });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^chops: cannot read .*missing\.tsv: no such file$/);
  });
});
