/*
 * Charts drawn with text, for a terminal: a sparkline shows a trend in one line, a bar a share of a
 * whole. Pure functions over numbers; colour and escaping are the face's job.
 */

const levels = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

interface ScaleOptions {
  /** The value drawn as the lowest bar; default: the smallest value (0 suits counts and shares). */
  min?: number;
  /** The value drawn as the highest bar; default: the largest value. */
  max?: number;
}

/**
 * One character per value, eight levels from `min` to `max`; a missing value (null, as in a week
 * without ideas) is a space, so a gap is never drawn as a low value. All-equal values draw mid-height.
 */
export function sparkline(values: readonly (number | null)[], options: ScaleOptions = {}): string {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (known.length === 0) return ' '.repeat(values.length);
  const min = options.min ?? Math.min(...known);
  const max = Math.max(options.max ?? Math.max(...known), min);
  return values
    .map((value) => {
      if (value === null || !Number.isFinite(value)) return ' ';
      if (max === min) return value === 0 && options.min === 0 ? levels[0] : levels[3];
      const share = (Math.min(max, Math.max(min, value)) - min) / (max - min);
      return levels[Math.min(levels.length - 1, Math.floor(share * levels.length))];
    })
    .join('');
}

/** A bar of `width` cells, filled for `value` out of `whole` (empty when the whole is 0). */
export function bar(value: number, whole: number, width = 10): string {
  const filled = whole > 0 ? Math.round((Math.min(value, whole) / whole) * width) : 0;
  return `${'█'.repeat(Math.max(0, filled))}${'░'.repeat(width - Math.max(0, filled))}`;
}

/** The last `count` values: what fits a terminal line; the JSON keeps them all. */
export function lastValues<T>(values: readonly T[], count: number): T[] {
  return values.slice(Math.max(0, values.length - count));
}
