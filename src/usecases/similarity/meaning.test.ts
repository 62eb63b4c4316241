import { beforeAll, describe, expect, it } from 'vitest';
import { highBaselineEmbedder } from '../../../test/support/high-baseline-embedder.js';
import {
  biochemistIdeas,
  type FixtureIdea,
  narrowSaxophonistIdeas,
  rewordings,
  saxophonistIdeas,
  unrelatedIdea,
} from '../../../test/support/idea-fixtures.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import type { Ability } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { AbilityIndex } from '../../domain/deduplication.js';
import { splitRepeats } from '../../domain/diversity.js';
import { ideaText } from '../../domain/idea.js';
import { gainOf, noveltyOf, spreadOf } from '../../domain/idea-metrics.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import type { Calibration } from '../../domain/similarity/calibration.js';
import { cosine, VectorMatrix } from '../../domain/vector.js';
import { calibrationFor } from './calibration-for.js';

let words: Embedder;
let high: Embedder;
beforeAll(async () => {
  words = await wordEmbedder();
  high = highBaselineEmbedder(words);
});

const embedIdeas = async (embedder: Embedder, ideas: readonly FixtureIdea[]) =>
  embedder.embed(ideas.map(ideaText));
const short = (idea: FixtureIdea): FixtureIdea => ({
  title: idea.title,
  pitch: idea.pitch.split(/(?<=\.)\s/)[0]!,
});

describe('calibration per embedder', () => {
  it('gives the two embedders very different baselines and thresholds', async () => {
    const [a, b] = [await calibrationFor({ embedder: words }), await calibrationFor({ embedder: high })];
    expect(a.model).toBe(words.model);
    expect(b.model).toBe(high.model);
    expect(b.unrelatedIdeas - a.unrelatedIdeas).toBeGreaterThan(0.3);
    expect(b.repeatIdea).toBeGreaterThan(a.repeatIdea + 0.05);
    // The old bare constant (0.92 for any embedder) sits above the one and below the other's.
    expect(a.repeatIdea).toBeLessThan(0.92);
    // Under the high baseline, unrelated pitches already score where word vectors call two texts close.
    const [x, y] = await embedIdeas(high, [biochemistIdeas[0]!, saxophonistIdeas[0]!]);
    expect(cosine(x!, y!)).toBeGreaterThan(a.repeatIdea - 0.25);
  });
});

describe.each([
  ['word vectors', () => words],
  ['a high-baseline embedder', () => high],
])('the same decisions under %s', (_, embedderOf) => {
  let embedder: Embedder;
  let calibration: Calibration;
  beforeAll(async () => {
    embedder = embedderOf();
    calibration = await calibrationFor({ embedder });
  });

  it.each([
    ['biochemist', biochemistIdeas],
    ['saxophonist', saxophonistIdeas],
  ])(
    'keeps at least 90%% of a %s batch of distinct ideas, with no repeats on a first imagine',
    async (_, ideas) => {
      const split = splitRepeats(await embedIdeas(embedder, ideas), { matrix: undefined }, calibration);
      expect(split.kept.length / ideas.length).toBeGreaterThanOrEqual(0.9);
      expect(split.repeats).toEqual([]);
    },
  );

  it('catches true rewordings of earlier ideas as repeats, not as duplicates', async () => {
    const earlier = await embedIdeas(embedder, [...biochemistIdeas, ...saxophonistIdeas]);
    const matrix = VectorMatrix.fromRows(earlier, earlier[0]!.length);
    const again = await embedIdeas(
      embedder,
      rewordings.map((r) => r.again),
    );
    const split = splitRepeats(again, { matrix }, calibration);
    expect(split.repeats).toEqual([0, 1, 2]);
    expect(split.duplicates).toEqual([]);
  });

  it('tells a duplicate within one batch from a repeat', async () => {
    const batch = await embedIdeas(embedder, [
      saxophonistIdeas[4]!,
      saxophonistIdeas[6]!,
      rewordings[1]!.again,
    ]);
    const split = splitRepeats(batch, { matrix: undefined }, calibration);
    expect(split).toEqual({ kept: [0, 1], repeats: [], duplicates: [2] });
  });

  it('does not take an idea for an unrelated goal as a repeat, and finds it novel', async () => {
    const earlier = await embedIdeas(embedder, saxophonistIdeas);
    const matrix = VectorMatrix.fromRows(earlier, earlier[0]!.length);
    const [bebop] = await embedIdeas(embedder, [unrelatedIdea]);
    expect(splitRepeats([bebop!], { matrix }, calibration).kept).toEqual([0]);
    const [again, assay] = await embedIdeas(embedder, [rewordings[1]!.again, biochemistIdeas[0]!]);
    const novelty = (vector: Float32Array | undefined) => noveltyOf(vector!, matrix, calibration);
    expect(novelty(again)).toBeLessThan(0.15);
    expect(novelty(bebop)).toBeGreaterThan(0.4);
    expect(novelty(assay)).toBeGreaterThan(0.5);
    expect(novelty(assay)).toBeGreaterThan(novelty(bebop));
  });

  it('finds ten rewordings of one idea far less diverse than ten different ideas', async () => {
    const one = rewordings[0]!;
    const tenRewordings = Array.from({ length: 10 }, (_, i) => (i % 2 ? one.again : one.of));
    const alike = spreadOf(await embedIdeas(embedder, tenRewordings), calibration.centre)!;
    const different = spreadOf(await embedIdeas(embedder, biochemistIdeas.slice(0, 10)), calibration.centre)!;
    expect(alike).toBeLessThan(1.5);
    expect(different).toBeGreaterThan(4);
    expect(different).toBeGreaterThan(alike * 3);
  });

  it('keeps the ordering of gain whether pitches are long or short', async () => {
    const wide = [8, 10, 11, 6, 4].map((i) => saxophonistIdeas[i]!);
    const spread = async (ideas: readonly FixtureIdea[]) =>
      spreadOf(await embedIdeas(embedder, ideas), calibration.centre);
    const forms = [(i: FixtureIdea) => i, short];
    for (const soloForm of forms) {
      for (const reachForm of forms) {
        const gain = gainOf(
          await spread(narrowSaxophonistIdeas.map(soloForm)),
          await spread(wide.map(reachForm)),
        );
        expect(gain).toBeGreaterThan(1.05);
        const reverse = gainOf(
          await spread(wide.map(reachForm)),
          await spread(narrowSaxophonistIdeas.map(soloForm)),
        );
        expect(reverse).toBeLessThan(1);
      }
    }
  });

  it('merges forms of one ability name and keeps different abilities and numbers apart', async () => {
    const names = [
      'jazz improvisation',
      'harmonic minor scale',
      'Python 2',
      'HTTP/1.1',
      'ES5',
      'grade 5 piano',
      'Beethoven sonata no. 8',
      'fast Fourier transform',
      'data visualisation',
    ];
    const vectors = await embedder.embed(names);
    const abilities = names.map(
      (name, i): Ability => ({
        id: `a${i}`,
        name,
        key: nameKey(name),
        domain: 'music',
        kind: 'skill',
        summary: '',
        status: 'own',
        createdAt: new Date(0),
        updatedAt: new Date(0),
      }),
    );
    const index = new AbilityIndex(
      abilities.map((ability, i) => ({ ability, vector: vectors[i] })),
      calibration,
    );
    const match = async (name: string) => index.match(name, (await embedder.embed([name]))[0])?.ability.name;
    expect(await match('improvising jazz')).toBe('jazz improvisation');
    expect(await match('Harmonic Minor Scales')).toBe('harmonic minor scale');
    expect(await match('FFT')).toBe('fast Fourier transform');
    expect(await match('Data Visualization')).toBe('data visualisation');
    expect(await match('python2')).toBe('Python 2');
    expect(await match('HTTP/1.1.0')).toBe('HTTP/1.1');
    for (const other of [
      'melodic minor scale',
      'Python 3',
      'HTTP/2',
      'ES6',
      'grade 8 piano',
      'Beethoven sonata no. 14',
    ]) {
      expect(await match(other), other).toBeUndefined();
    }
  });
});
