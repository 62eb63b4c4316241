/**
 * Random moments to `kill -9` at, reproducible: the seed is CHOPS_HOSTILE_SEED when set, else drawn
 * and printed, so that a failing run can be replayed exactly. How many kills each test makes is
 * CHOPS_HOSTILE_KILLS (a few in `npm test`, more in `npm run test:hostile`).
 */
export const killsPerCommand = Number(process.env.CHOPS_HOSTILE_KILLS ?? 2);

export function killSeed(): number {
  const seed = Number(process.env.CHOPS_HOSTILE_SEED ?? Math.floor(Math.random() * 2 ** 31));
  return seed;
}

/** `count` delays spread over a run of `durationMs`, past its first `startMs` (node starting up). */
export function killPoints(seed: number, count: number, startMs: number, durationMs: number): number[] {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () =>
    Math.round(startMs + random() * Math.max(1, durationMs - startMs)),
  );
}
