import { describe, expect, it } from 'vitest';
import { newMemory, schedule } from './memory.js';
import { memoryProblem, reviewLogProblem } from './memory-bounds.js';

const now = new Date('2026-03-01T09:00:00Z');

describe('memoryProblem', () => {
  it('accepts every memory FSRS itself makes: new, learning, review', () => {
    let memory = newMemory(now);
    expect(memoryProblem(memory)).toBeUndefined();
    for (const [rating, day] of [
      ['good', 0],
      ['good', 1],
      ['again', 5],
      ['easy', 9],
    ] as const) {
      const next = schedule(memory, rating, new Date(now.getTime() + day * 86_400_000));
      expect(memoryProblem(next.memory)).toBeUndefined();
      expect(reviewLogProblem(next.log)).toBeUndefined();
      memory = next.memory;
    }
  });

  it('refuses the figures that poisoned cards for good: negative or huge stability, difficulty -100', () => {
    const reviewed = schedule(newMemory(now), 'good', now).memory;
    expect(memoryProblem({ ...reviewed, stability: -5 })).toMatch(/stability -5 is outside/);
    expect(memoryProblem({ ...reviewed, stability: 1e308 })).toMatch(/stability 1e\+308/);
    expect(memoryProblem({ ...reviewed, difficulty: -100 })).toMatch(/difficulty -100/);
    expect(memoryProblem({ ...reviewed, reps: 1_000_000_000 })).toMatch(/reps 1000000000/);
    expect(memoryProblem({ ...reviewed, lapses: reviewed.reps + 1 })).toMatch(/lapses/);
    expect(memoryProblem({ ...reviewed, elapsedDays: Number.NaN })).toMatch(/elapsedDays/);
    expect(memoryProblem({ ...reviewed, learningSteps: 0.5 })).toMatch(/learningSteps/);
  });
});
