import { default_w, fsrs, generatorParameters } from 'ts-fsrs';
import type { CardHistory, HistoryStep } from '../../../domain/practice/review-history.js';

/**
 * A person unlike FSRS's average learner: they forget faster at first (low initial stabilities) and
 * their memory decays more steeply. A log made from them is what fitting must learn.
 */
export const fastForgetter: readonly number[] = default_w.map((w, i) =>
  i === 0 ? 0.1 : i === 1 ? 0.4 : i === 2 ? 0.9 : i === 3 ? 2.5 : i === 20 ? 0.5 : w,
);

/** A small deterministic random source (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Review histories of `cards` cards, `reviewsPerCard` reviews each, by a person whose memory follows
 * `truth`: each review comes when a scheduler with the default parameters would bring it (with some
 * lateness), and is recalled with the probability `truth` gives; recalled reviews are mostly good,
 * some hard or easy.
 */
export function syntheticHistories(
  truth: readonly number[],
  options: { cards: number; reviewsPerCard: number; seed: number },
): CardHistory[] {
  const person = fsrs(generatorParameters({ w: [...truth] }));
  const scheduler = fsrs(generatorParameters({ w: [...default_w] }));
  const random = seededRandom(options.seed);
  const histories: CardHistory[] = [];
  for (let c = 0; c < options.cards; c++) {
    const steps: HistoryStep[] = [];
    let memory: { stability: number; difficulty: number } | null = null;
    let planned: { stability: number; difficulty: number } | null = null;
    let delta = 0;
    for (let r = 0; r < options.reviewsPerCard; r++) {
      const recalled = memory === null || random() < person.forgetting_curve(delta, memory.stability);
      const roll = random();
      const grade = !recalled ? 1 : roll < 0.15 ? 2 : roll < 0.9 ? 3 : 4;
      steps.push({ grade, deltaDays: r === 0 ? 0 : delta });
      memory = person.next_state(memory, delta, grade);
      planned = scheduler.next_state(planned, delta, grade);
      const interval = Math.max(1, Math.round(planned.stability));
      delta = Math.max(1, Math.round(interval * (0.8 + random() * 0.6)));
    }
    histories.push(steps);
  }
  return histories;
}
