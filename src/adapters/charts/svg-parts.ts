/*
 * Hand-written SVG, small and dependency-free: `chops stats --svg` should not load a chart library
 * (vega takes longer to import than the whole ledger takes to compute). Each chart is a panel of a fixed
 * size placed by the caller; all text passes through escapeXml.
 */

// Control characters (XML 1.0 forbids those below U+0020 but tab and line breaks; the C1 ones are
// never meant as text), the two non-characters it forbids, and lone surrogates (a `u` regex only
// matches a surrogate that is not half of a pair).
const notXml = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

/** Text made safe for an SVG text node or attribute: markup escaped, characters XML forbids replaced. */
export function escapeXml(text: string): string {
  return text
    .replace(notXml, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface Series {
  name: string;
  color: string;
  /** One value per x position; null leaves a gap. */
  values: readonly (number | null)[];
}

export interface PanelOptions {
  title: string;
  /** A line of figures under the title. */
  subtitle?: string;
  /** Labels of the x positions; the first, middle and last are drawn. */
  labels: readonly string[];
  yMin: number;
  yMax: number;
  /** How y-axis values are written (default: as they are, to 2 decimals at most). */
  format?: (value: number) => string;
}

export const panelWidth = 760;
export const panelHeight = 190;
const left = 56;
const right = 16;
const top = 50;
const plotHeight = 100;
const plotWidth = panelWidth - left - right;

const fixed = (value: number) => Number(value.toFixed(1)).toString();
const defaultFormat = (value: number) => String(Math.round(value * 100) / 100);

function x(i: number, count: number): number {
  return left + (count <= 1 ? plotWidth / 2 : (i / (count - 1)) * plotWidth);
}

function y(value: number, options: PanelOptions): number {
  const span = options.yMax - options.yMin || 1;
  const share = (Math.min(options.yMax, Math.max(options.yMin, value)) - options.yMin) / span;
  return top + plotHeight * (1 - share);
}

/** A panel's frame: title, subtitle, axes, y range and x labels; `body` is drawn inside it. */
function frame(options: PanelOptions, body: string, legend: readonly Series[], empty: boolean): string {
  const format = options.format ?? defaultFormat;
  const parts = [
    `<text x="${left}" y="20" class="title">${escapeXml(options.title)}</text>`,
    options.subtitle ? `<text x="${left}" y="38" class="note">${escapeXml(options.subtitle)}</text>` : '',
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" class="axis"/>`,
    `<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" class="axis"/>`,
  ];
  if (empty) {
    parts.push(
      `<text x="${left + plotWidth / 2}" y="${top + plotHeight / 2}" class="empty">No data yet</text>`,
    );
    return parts.join('');
  }
  parts.push(
    `<text x="${left - 6}" y="${top + 4}" class="tick end">${escapeXml(format(options.yMax))}</text>`,
    `<text x="${left - 6}" y="${top + plotHeight + 4}" class="tick end">${escapeXml(format(options.yMin))}</text>`,
  );
  const count = options.labels.length;
  // The first label starts at the axis and the last ends at the edge, so that neither is cut off.
  const ticks: [number, string][] =
    count === 1
      ? [[0, 'mid']]
      : [
          [0, 'start'],
          ...(count > 2 ? [[Math.floor((count - 1) / 2), 'mid'] as [number, string]] : []),
          [count - 1, 'end'],
        ];
  for (const [i, anchor] of ticks) {
    parts.push(
      `<text x="${fixed(x(i, count))}" y="${top + plotHeight + 18}" class="tick ${anchor}">${escapeXml(options.labels[i]!)}</text>`,
    );
  }
  let legendX = left + plotWidth;
  for (const series of [...legend].reverse()) {
    const width = 30 + series.name.length * 7;
    legendX -= width;
    parts.push(
      `<rect x="${legendX}" y="12" width="10" height="10" fill="${series.color}"/>`,
      `<text x="${legendX + 14}" y="21" class="tick">${escapeXml(series.name)}</text>`,
    );
  }
  parts.push(body);
  return parts.join('');
}

/** Lines over the x positions, broken where a value is missing; a lone point is drawn as a dot. */
export function linePanel(series: readonly Series[], options: PanelOptions): string {
  const count = options.labels.length;
  const body = series.map((line) => {
    const segments: string[][] = [[]];
    line.values.forEach((value, i) => {
      if (value === null) segments.push([]);
      else segments.at(-1)!.push(`${fixed(x(i, count))},${fixed(y(value, options))}`);
    });
    return segments
      .filter((points) => points.length > 0)
      .map((points) =>
        points.length === 1
          ? `<circle cx="${points[0]!.split(',')[0]}" cy="${points[0]!.split(',')[1]}" r="2.5" fill="${line.color}"/>`
          : `<polyline points="${points.join(' ')}" fill="none" stroke="${line.color}" stroke-width="2"/>`,
      )
      .join('');
  });
  const empty = series.every((line) => line.values.every((value) => value === null));
  return frame(options, body.join(''), series, empty);
}

/** One bar per x position, from `yMin`. */
export function barPanel(series: Series, options: PanelOptions): string {
  const count = options.labels.length;
  const width = Math.max(1, (plotWidth / Math.max(1, count)) * 0.8);
  const body = series.values
    .map((value, i) => {
      if (value === null) return '';
      const top = y(value, options);
      const height = y(options.yMin, options) - top;
      return `<rect x="${fixed(x(i, count) - width / 2)}" y="${fixed(top)}" width="${fixed(width)}" height="${fixed(height)}" fill="${series.color}"/>`;
    })
    .join('');
  const empty = series.values.every((value) => value === null || value === 0);
  return frame(options, body, [series], empty);
}
