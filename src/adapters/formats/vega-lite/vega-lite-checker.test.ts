import { beforeAll, describe, expect, it } from 'vitest';
import { createVegaLiteChecker } from './vega-lite-checker.js';

const checker = createVegaLiteChecker();
const barChart = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: {
    values: [
      { fruit: 'apple', count: 3 },
      { fruit: 'pear', count: 5 },
      { fruit: 'fig', count: 2 },
    ],
  },
  mark: 'bar',
  encoding: { x: { field: 'fruit', type: 'nominal' }, y: { field: 'count', type: 'quantitative' } },
};
const withEncoding = (encoding: object) => JSON.stringify({ ...barChart, encoding });

// The first check compiles the Vega-Lite schema (seconds); do it once, outside any single test's timing.
beforeAll(async () => {
  await checker.check(JSON.stringify(barChart));
}, 60_000);

describe('vega-lite checker', () => {
  it('passes a good bar chart and renders it to SVG', async () => {
    const result = await checker.check(JSON.stringify(barChart));
    expect(result).toMatchObject({ passed: true, problems: [] });
    expect(result.output).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // One bar per row, and the axis shows the data's categories.
    expect(result.output?.match(/role-mark mark-rect|<path aria-label="fruit:/g)?.length).toBeGreaterThan(0);
    expect(result.output).toContain('pear');
  });

  it('names a wrong field type and the allowed ones', async () => {
    const result = await checker.check(
      withEncoding({ ...barChart.encoding, x: { field: 'fruit', type: 'nominl' } }),
    );
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([
      'encoding.x.type must be one of quantitative, ordinal, temporal, nominal, geojson (it is "nominl")',
    ]);
  });

  it('fails a quantitative field whose values are text', async () => {
    const result = await checker.check(
      withEncoding({ x: { field: 'count', type: 'ordinal' }, y: { field: 'fruit', type: 'quantitative' } }),
    );
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toBe(
      'encoding.y: field "fruit" is quantitative but holds text such as "apple": use nominal or ordinal, or numbers',
    );
  });

  it('accepts numbers written as text in a quantitative field', async () => {
    const spec = {
      ...barChart,
      data: {
        values: [
          { fruit: 'apple', count: '3' },
          { fruit: 'pear', count: '4.5' },
        ],
      },
    };
    expect((await checker.check(JSON.stringify(spec))).passed).toBe(true);
  });

  it('fails a field that is in none of the rows', async () => {
    const result = await checker.check(
      withEncoding({ ...barChart.encoding, y: { field: 'cnt', type: 'quantitative' } }),
    );
    expect(result.problems[0]).toBe(
      'encoding.y: field "cnt" is in none of the data\'s rows (fields: fruit, count)',
    );
  });

  it('names a wrong mark and an unknown property', async () => {
    expect((await checker.check(JSON.stringify({ ...barChart, mark: 'bars' }))).problems[0]).toMatch(
      /^mark must be one of .*\bbar\b.* \(it is "bars"\)$/,
    );
    expect((await checker.check(JSON.stringify({ ...barChart, colour: 'red' }))).problems).toEqual([
      'the spec has properties Vega-Lite does not know here: colour',
    ]);
  });

  it('fails invalid JSON and JSON that is not an object', async () => {
    const invalid = await checker.check('{ "mark": "bar", ');
    expect(invalid.passed).toBe(false);
    expect(invalid.problems[0]).toMatch(/^not valid JSON: /);
    expect((await checker.check('[1, 2]')).problems).toEqual(['a Vega-Lite spec is a JSON object']);
  });

  it('refuses data by URL, at the top and inside layers', async () => {
    const top = await checker.check(
      JSON.stringify({ ...barChart, data: { url: 'https://example.com/data.csv' } }),
    );
    expect(top.problems).toEqual(['data.url: chops never fetches data; put the rows inline in data.values']);
    const layered = { layer: [{ data: { url: 'data/cars.json' }, mark: 'point' }] };
    expect((await checker.check(JSON.stringify(layered))).problems).toEqual([
      'layer[0].data.url: chops never fetches data; put the rows inline in layer[0].data.values',
    ]);
  });

  it('fails expressions that try to reach JavaScript, without running them', async () => {
    const spec = {
      ...barChart,
      transform: [{ calculate: 'constructor.constructor("return process")()', as: 'x' }],
    };
    const result = await checker.check(JSON.stringify(spec));
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toMatch(/^Vega could not draw it: /);
  });

  it('writes SVG, and refuses to render a broken chart or another extension', async () => {
    const svg = new TextDecoder().decode(await checker.render(JSON.stringify(barChart), 'svg'));
    expect(svg.startsWith('<svg')).toBe(true);
    await expect(checker.render('{', 'svg')).rejects.toThrow(/cannot be drawn: not valid JSON/);
    await expect(checker.render(JSON.stringify(barChart), 'png')).rejects.toThrow(/\.json or \.svg/);
  });

  it('passes interactive charts that the browser draws: selections, bind and width "container"', async () => {
    const interactive = {
      ...barChart,
      width: 'container',
      params: [
        { name: 'pick', select: { type: 'point', on: 'mouseover' } },
        { name: 'zoom', select: 'interval', bind: 'scales' },
        { name: 'cutoff', value: 2, bind: { input: 'range', min: 0, max: 5 } },
      ],
      encoding: {
        x: { field: 'count', type: 'quantitative' },
        y: { field: 'count', type: 'quantitative' },
        color: { field: 'fruit', type: 'nominal' },
        opacity: { condition: { param: 'pick', value: 1 }, value: 0.4 },
      },
    };
    const result = await checker.check(JSON.stringify({ ...interactive, mark: 'point' }));
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.warnings).toEqual(['Can not resolve event source: window']);
  });

  it('draws a chart with clickable marks (href) without crashing, and writes no link out', async () => {
    const spec = {
      ...barChart,
      data: {
        values: barChart.data.values.map((row) => ({ ...row, url: `https://example.org/${row.fruit}` })),
      },
      encoding: { ...barChart.encoding, href: { field: 'url' } },
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const result = await checker.check(JSON.stringify(spec));
      const svg = new TextDecoder().decode(await checker.render(JSON.stringify(spec), 'svg'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(result.passed).toBe(true);
      expect(svg).not.toMatch(/href="https?:/);
      expect(svg).toContain('<a><path');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('writes an SVG of the chart’s own size: its width plus the axes around it', async () => {
    const values = Array.from({ length: 40 }, (_, index) => ({ fruit: `fruit ${index}`, count: index }));
    const svg = new TextDecoder().decode(
      await checker.render(JSON.stringify({ ...barChart, data: { values }, width: 716, height: 200 }), 'svg'),
    );
    const [, width, height] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    // The plot is 716 by 200; the y axis adds its labels on the left, the x axis its labels below.
    expect(Number(width)).toBeGreaterThan(716);
    expect(Number(width)).toBeLessThan(716 + 80);
    expect(Number(height)).toBeGreaterThan(200);
    expect(Number(height)).toBeLessThan(200 + 120);
    expect(svg).toMatch(new RegExp(`viewBox="0 0 ${width} ${height}"`));
  });

  it('keeps what Vega says while drawing as a warning, but fails a compile warning', async () => {
    const empty = { ...barChart, data: { values: [{ fruit: 'apple', count: null }] } };
    const drawn = await checker.check(JSON.stringify(empty));
    expect(drawn.passed).toBe(true);
    expect(drawn.warnings?.[0]).toMatch(/Infinite extent for field "count/);
    const dropped = await checker.check(
      withEncoding({ ...barChart.encoding, shape: { field: 'fruit', type: 'nominal' } }),
    );
    expect(dropped.passed).toBe(false);
    expect(dropped.problems[0]).toMatch(/shape/);
  });
});
