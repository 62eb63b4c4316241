import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../domain/ports/embedder.js';
import { sameVectors, scoreResponses } from './score-responses.js';
import { realOriginalityDeps } from './test-support/real-originality.js';

const uses = [
  { object: 'brick', response: 'doorstop' },
  { object: 'brick', response: 'grind it into red pigment and paint a mural with it' },
];

describe('scoreResponses', () => {
  it('uses the norms’ meaning clusters only with the vectors they were built with', async () => {
    const deps = realOriginalityDeps();
    expect(await sameVectors(deps)).toBe(true);
    const scored = await scoreResponses(uses, deps);
    expect(scored.every((score) => score.kind !== undefined)).toBe(true);

    // Same name, changed vectors (as after new word vectors): told apart by the probe.
    const changed: Embedder = {
      model: deps.embedder.model,
      embed: async (texts) =>
        (await deps.embedder.embed(texts)).map((vector) =>
          vector.map((value, i) => (i % 2 ? -value : value)),
        ),
    };
    expect(await sameVectors({ ...deps, embedder: changed })).toBe(false);
    const degraded = await scoreResponses(uses, { ...deps, embedder: changed });
    expect(degraded.map((score) => score.kind)).toEqual([undefined, undefined]);
    expect(degraded[0]!.originality).toBeLessThan(degraded[1]!.originality);
  });
});
