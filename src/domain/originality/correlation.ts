/** Pearson's r of two equally long series; NaN when either is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Within-group r: Pearson's r after subtracting each group's mean from both series, so that what
 * separates the groups (for the AUT, the object asked about) cannot carry the figure.
 */
export function withinGroupPearson(
  xs: readonly number[],
  ys: readonly number[],
  groups: readonly string[],
): number {
  return pearson(centreByGroup(xs, groups), centreByGroup(ys, groups));
}

/** Each value minus the mean of its group. */
export function centreByGroup(values: readonly number[], groups: readonly string[]): number[] {
  const sums = new Map<string, { sum: number; n: number }>();
  values.forEach((value, i) => {
    const entry = sums.get(groups[i]!) ?? { sum: 0, n: 0 };
    entry.sum += value;
    entry.n++;
    sums.set(groups[i]!, entry);
  });
  return values.map((value, i) => {
    const entry = sums.get(groups[i]!)!;
    return value - entry.sum / entry.n;
  });
}

/** Partial r of x and y with z held constant. */
export function partialPearson(xs: readonly number[], ys: readonly number[], zs: readonly number[]): number {
  const rxy = pearson(xs, ys);
  const rxz = pearson(xs, zs);
  const ryz = pearson(ys, zs);
  return (rxy - rxz * ryz) / Math.sqrt((1 - rxz * rxz) * (1 - ryz * ryz));
}
