import { describe, expect, it } from 'vitest';
import type { Ability } from './ability.js';
import { claimFloor, plausiblySame } from './recognition.js';

const ability = { id: 'a1', name: 'enzyme kinetics' } as Ability;
/** Two unit vectors whose cosine is `similarity`. */
const pair = (similarity: number) => [
  new Float32Array([1, 0]),
  new Float32Array([similarity, Math.sqrt(1 - similarity ** 2)]),
];

describe('the floor for a model’s claim belongs to the embedder', () => {
  // Calibrations as the word vectors and a high-baseline embedder give them (issue 11's figures).
  const words = claimFloor({ sameAbility: 0.919, unrelatedIdeas: 0.166 });
  const highBaseline = claimFloor({ sameAbility: 0.963, unrelatedIdeas: 0.656 });

  it('sits between the unrelated baseline and the merge threshold of each embedder', () => {
    expect(words).toBeCloseTo(0.6, 1);
    expect(highBaseline).toBeGreaterThan(0.656);
    expect(highBaseline).toBeLessThan(0.963);
  });

  it('takes a claim at 0.7 from the word vectors but not from an embedder whose unrelated texts score 0.66', () => {
    const [need, listed] = pair(0.7);
    expect(plausiblySame('Michaelis-Menten', need, ability, listed, words)).toBe(true);
    expect(plausiblySame('Michaelis-Menten', need, ability, listed, highBaseline)).toBe(false);
  });

  it('judges by words alone when no floor is known', () => {
    const [need, listed] = pair(0.99);
    expect(plausiblySame('Michaelis-Menten', need, ability, listed, undefined)).toBe(false);
    expect(plausiblySame('enzyme kinetics assays', need, ability, listed, undefined)).toBe(true);
  });
});
