import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { renderVegaLiteSvg } from '../../adapters/formats/vega-lite/render-svg.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteLedgerStore } from '../../adapters/store/sqlite-ledger-store.js';
import { SqliteOwnIdeasLedgerStore } from '../../adapters/store/sqlite-own-ideas-ledger-store.js';
import type { Ledger } from '../../domain/ledger/ledger.js';
import { measure } from '../../usecases/measure/measure.js';
import { fixtureNow, seedLedgerFixture } from '../../usecases/measure/test-support/ledger-fixture.js';
import { seedOwnIdeas } from '../../usecases/measure/test-support/own-ideas-fixture.js';
import { chartColors, combinedSpec, ledgerCharts, standaloneSpec } from './ledger-charts.js';

const tempFolder = temporaryFolders();
const context = { width: 640, typicalDat: 77.32 };

function fixtureLedger(options: { seed: boolean; ownIdeas: boolean }): Ledger {
  const db = openDatabase(tempFolder());
  if (options.seed) seedLedgerFixture(db);
  if (options.ownIdeas) seedOwnIdeas(db);
  const ledger = measure(
    {},
    {
      ledger: new SqliteLedgerStore(db),
      clock: { now: () => fixtureNow },
      ownIdeas: new SqliteOwnIdeasLedgerStore(db),
    },
  );
  db.close();
  return ledger;
}

describe('the ledger charts', () => {
  const ledger = fixtureLedger({ seed: true, ownIdeas: true });

  it('each compiles with no Vega-Lite warning and draws, on its own (web) and stacked (SVG)', async () => {
    expect(ledgerCharts.every((chart) => !chart.isEmpty(ledger))).toBe(true);
    for (const chart of ledgerCharts) {
      const drawn = await renderVegaLiteSvg(standaloneSpec(chart, ledger, context));
      expect(drawn.problems, chart.id).toEqual([]);
      expect(drawn.svg, chart.id).toMatch(/^<svg /);
    }
    const combined = await renderVegaLiteSvg(combinedSpec(ledger, context));
    expect(combined.problems).toEqual([]);
    for (const chart of ledgerCharts) expect(combined.svg).toContain(`>${chart.title}</text>`);
  });

  it('draws each chart in the same colours on its own (web) and in the stacked SVG (chops stats --svg)', async () => {
    const colours = (svg: string | undefined) => new Set(svg?.match(/(?:fill|stroke)="#[0-9a-f]{6}"/g));
    const combined = colours((await renderVegaLiteSvg(combinedSpec(ledger, context))).svg);
    for (const chart of ledgerCharts) {
      const own = colours((await renderVegaLiteSvg(standaloneSpec(chart, ledger, context))).svg);
      expect(own.size, chart.id).toBeGreaterThan(2);
      for (const colour of own) expect(combined.has(colour), `${chart.id} ${colour}`).toBe(true);
    }
  });

  it('has one id and one title per chart, and the colours of the app', () => {
    expect(new Set(ledgerCharts.map((chart) => chart.id)).size).toBe(ledgerCharts.length);
    expect(new Set(ledgerCharts.map((chart) => chart.title)).size).toBe(ledgerCharts.length);
    const repertoire = JSON.stringify(standaloneSpec(ledgerCharts[0]!, ledger, context));
    for (const color of [chartColors.own, chartColors.lent, chartColors.learning])
      expect(repertoire).toContain(color);
  });

  it('charts the own ideas by week and each absorbed ability with its first own idea', async () => {
    const { ownIdeas } = ledger;
    expect(ownIdeas.ideas).toBe(3);
    expect(ownIdeas.absorbed.map((a) => [a.name, a.firstOwnIdea?.text])).toEqual([
      ['voice leading', 'a chorale whose inner voices move by step'],
    ]);
    const byId = (id: string) => ledgerCharts.find((chart) => chart.id === id)!;
    expect(byId('ownIdeas').describe(ledger, context)).toBe(
      `3 ideas of your own in 2 weeks: spread ${ownIdeas.spread!.toFixed(2)}, originality 2.33 of 5, 33% use an absorbed ability, similarity to the model’s ideas ${ownIdeas.similarityToModel!.toFixed(2)}.`,
    );
    const svg = (await renderVegaLiteSvg(standaloneSpec(byId('ownIdeas'), ledger, context))).svg!;
    for (const row of ['ideas', 'spread', 'originality (1–5)', 'absorbed share', 'like the model’s'])
      expect(svg).toContain(`>${row}</text>`);
    const absorbed = (await renderVegaLiteSvg(standaloneSpec(byId('absorbed'), ledger, context))).svg!;
    expect(absorbed).toContain('>1. voice leading</text>');
    // Lent, own and first own idea: three points, in the chart's three colours.
    for (const color of [chartColors.lent, chartColors.own, chartColors.ideas])
      expect(absorbed).toMatch(new RegExp(`aria-roledescription="point"[^>]*fill="${color}"`));
  });

  it('writes the person’s text as escaped text, never as markup, and drops control characters', async () => {
    const name = '<script>alert(1)</script> & co\u0007';
    const hostile: Ledger = {
      ...ledger,
      imagination: {
        ...ledger.imagination,
        perGoal: ledger.imagination.perGoal.map((goal) => ({ ...goal, text: `${name} goal` })),
      },
      ownIdeas: { ...ledger.ownIdeas, absorbed: ledger.ownIdeas.absorbed.map((a) => ({ ...a, name })) },
    };
    const svg = (await renderVegaLiteSvg(combinedSpec(hostile, context))).svg!;
    expect(svg).not.toContain('<script');
    // An ability's name on the absorbed chart's axis and in its subtitle, a goal's in its chart's.
    expect(svg).toContain('>1. &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text>');
    expect(svg).toContain('own (&lt;script&gt;alert(1)&lt;/script&gt; &amp; co)');
    expect(svg).toContain('newest goal &quot;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co goal&quot;');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is that none is left
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('says in each chart’s place that nothing is recorded yet, for an empty ledger', async () => {
    const empty = fixtureLedger({ seed: false, ownIdeas: false });
    expect(ledgerCharts.every((chart) => chart.isEmpty(empty))).toBe(true);
    const drawn = await renderVegaLiteSvg(combinedSpec(empty, context));
    expect(drawn.problems).toEqual([]);
    for (const text of [
      'No weeks recorded.',
      'No goals recorded.',
      'No reviews recorded.',
      'No DAT scores recorded.',
    ])
      expect(drawn.svg).toContain(`>${text}</text>`);
    expect(drawn.svg).not.toContain('NaN');
  });
});
