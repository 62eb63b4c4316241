import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { openDatabase } from '../../../adapters/store/open-database.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import { seedLedgerFixture } from '../../../usecases/measure/test-support/ledger-fixture.js';
import { seedOwnIdeas } from '../../../usecases/measure/test-support/own-ideas-fixture.js';
import { ledgerCharts } from '../../views/ledger-charts.js';

const tempFolder = temporaryFolders();
const env = { CHOPS_NOW: '2026-03-04T12:00:00Z' };

function seededHome(): string {
  const home = tempFolder();
  const db = openDatabase(home);
  seedLedgerFixture(db);
  db.close();
  return home;
}

describe('chops stats', () => {
  it('shows each section with sparklines and the figures beside them, without colour under NO_COLOR', async () => {
    const result = await runChops(['stats'], { home: seededHome(), env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Repertoire by week 2026-W02 → 2026-W10');
    expect(result.stdout).toMatch(/own +▅▅▅▅▅████ +2/);
    expect(result.stdout).toMatch(/lent +▁█▁▁█████ +1/);
    expect(result.stdout).toContain(
      'recently own: voice leading (2026-02-10), fast Fourier transform (2026-01-05)',
    );
    expect(result.stdout).toContain('2 goals · 5 ideas · 2 made, 1 of them needed a lent ability');
    expect(result.stdout).toMatch(/reviews +▁▁█▅▁▅▅▁▁ +5/);
    expect(result.stdout).toContain('80% not rated again');
    expect(result.stdout).toContain('cards due now 1 of 3 · abilities mastered 1');
    expect(result.stdout).toContain('latest 82.25 · best 82.25 · mean 80.38 (2 scores)');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints the whole ledger as JSON with the documented names', async () => {
    const result = await runChops(['stats', '--json'], { home: seededHome(), env });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      'now',
      'since',
      'repertoire',
      'imagination',
      'practice',
      'dat',
      'ownIdeas',
      'aut',
    ]);
    expect(json.repertoire.now).toEqual({ own: 2, lent: 1, learning: 1, total: 4 });
    expect(json.practice.retention).toBe(0.8);
    expect(json.imagination.made).toEqual({ ideas: 2, neededLent: 1, share: 0.5 });
  });

  it('refuses a bad --since in one line with exit 1', async () => {
    const result = await runChops(['stats', '--since', 'last tuesday'], { home: tempFolder(), env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'chops: --since must be a date such as 2026-01-31, not "last tuesday"',
    ]);
  });

  it('has a friendly empty state', async () => {
    const result = await runChops(['stats'], { home: tempFolder(), env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing to measure yet.');
    expect(result.stdout).not.toContain('NaN');
  });

  it('writes the charts as one valid SVG, with outside text escaped', async () => {
    const home = seededHome();
    const db = openDatabase(home);
    const store = new SqliteRepertoireStore(db);
    const at = new Date('2026-03-03T10:00:00Z');
    store.insertAbility({
      id: 'a-x',
      name: '<script>alert(1)</script> & "quotes"',
      key: 'x',
      domain: 'music',
      kind: 'skill',
      summary: '',
      status: 'own',
      createdAt: at,
      updatedAt: at,
    });
    store.addAbilityEvent({ abilityId: 'a-x', status: 'own', at });
    db.close();
    const file = join(tempFolder(), 'ledger.svg');
    const result = await runChops(['stats', '--svg', file], { home, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Charts written to');
    const svg = readFileSync(file, 'utf8');
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(svg).not.toContain('<script>');
    // The web app's charts, under the web app's titles (ledger-charts.ts), drawn by vega.
    for (const chart of ledgerCharts) expect(svg).toContain(`>${chart.title}</text>`);
    expect(svg.match(/aria-roledescription="line mark"/g)?.length).toBeGreaterThanOrEqual(4);
    // Every tag opened is closed: a cheap well-formedness check without an XML parser.
    const opened = svg.match(/<(g|svg|text|title|style)[ >]/g)?.length;
    const closed = svg.match(/<\/(g|svg|text|title|style)>/g)?.length;
    expect(opened).toBe(closed);
  });

  it('draws the own ideas and the abilities absorbed when there are own ideas', async () => {
    const home = seededHome();
    const db = openDatabase(home);
    seedOwnIdeas(db);
    db.close();
    const result = await runChops(['stats', '--svg', '-'], { home, env });
    expect(result.code).toBe(0);
    const svg = result.stdout;
    expect(svg).toContain('>Own ideas by week</text>');
    expect(svg).toMatch(/3 ideas of your own in 2 weeks: spread \d\.\d\d, originality 2\.33 of 5, 33%/);
    for (const row of ['ideas', 'spread', 'originality (1–5)', 'absorbed share', 'like the model’s'])
      expect(svg).toContain(`>${row}</text>`);
    expect(svg).toContain('>1. voice leading</text>');
    expect(svg).not.toContain('No ideas of your own recorded.');
  });

  it('writes an SVG that says in each chart’s place that nothing is recorded, for an empty home', async () => {
    const file = join(tempFolder(), 'empty.svg');
    const result = await runChops(['stats', '--svg', file], { home: tempFolder(), env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing to measure yet.');
    const svg = readFileSync(file, 'utf8');
    for (const chart of ledgerCharts) expect(svg).toContain(`>${chart.title}</text>`);
    for (const text of ['No weeks recorded.', 'No ideas of your own recorded.', 'No DAT scores recorded.'])
      expect(svg).toContain(`>${text}</text>`);
    expect(svg).not.toContain('NaN');
  });
});
