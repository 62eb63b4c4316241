import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVectors } from '../../../scripts/build-vectors.js';
import { cosine, norm } from '../../domain/vector.js';
import { type FixtureEntry, temporaryFolder, writeWinkJson } from './test-support/wink-fixture.js';
import { WordVectorEmbedder } from './word-vector-embedder.js';
import { WordVectors } from './word-vectors.js';

// One axis per word, so a sentence vector shows which words went into it and with what weight.
const words = [
  'the',
  'of',
  'jazz',
  'cross-country',
  'e-mail',
  'database',
  'study',
  'fly',
  'box',
  'ski',
  'café',
];
const entries: FixtureEntry[] = words.map((word, i) => [word, words.map((_, j) => (i === j ? 1 : 0))]);
const axis = (word: string) => words.indexOf(word);

let folder: { path: string; cleanup: () => void };
let embedder: WordVectorEmbedder;

beforeAll(() => {
  folder = temporaryFolder();
  const path = join(folder.path, 'vectors.bin');
  buildVectors(writeWinkJson(folder.path, entries), path);
  embedder = new WordVectorEmbedder(WordVectors.open(path));
});
afterAll(() => folder.cleanup());

const found = (text: string) => embedder.wordIndices(text).map((index) => words[index]);

describe('WordVectorEmbedder tokens', () => {
  it('normalises case and compatibility forms and skips unknown words', () => {
    expect(found('The JAZZ of Unknown')).toEqual(['the', 'jazz', 'of']);
    expect(found('ＪＡＺＺ')).toEqual(['jazz']);
    expect(found('CAFÉ, café')).toEqual(['café', 'café']);
  });

  it('keeps hyphenated words the vocabulary knows and splits the rest', () => {
    expect(found('cross-country ski')).toEqual(['cross-country', 'ski']);
    expect(found('jazz-box')).toEqual(['jazz', 'box']);
  });

  it('joins a missing word with the next one', () => {
    expect(found('e mail')).toEqual(['e-mail']);
    expect(found('data base')).toEqual(['database']);
  });

  it('tries singular forms and drops possessives', () => {
    expect(found('studies flies boxes skis')).toEqual(['study', 'fly', 'box', 'ski']);
    expect(found("jazz's")).toEqual(['jazz']);
  });
});

describe('WordVectorEmbedder vectors', () => {
  it('is named for the word vectors', () => {
    expect(embedder.model).toBe('words:wink-100d-sif');
  });

  it('returns unit vectors, one per text, and all zero when no word is known', async () => {
    const [jazz, nothing, empty] = await embedder.embed(['jazz ski', 'zzz qqq', '']);
    expect(norm(jazz!)).toBeCloseTo(1, 5);
    expect(Array.from(nothing!)).toEqual(new Array(words.length).fill(0));
    expect(Array.from(empty!)).toEqual(new Array(words.length).fill(0));
  });

  it('weights rare words above common ones', () => {
    const vector = embedder.embedText('the jazz');
    expect(vector[axis('jazz')]!).toBeGreaterThan(vector[axis('the')]! * 1.5);
  });

  it('ignores word order', () => {
    expect(cosine(embedder.embedText('jazz ski box'), embedder.embedText('box, jazz & ski'))).toBeCloseTo(
      1,
      6,
    );
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(embedder.embed(['jazz'], { signal: controller.signal })).rejects.toThrow();
  });
});

const realFile = join(import.meta.dirname, '../../../vectors/wink-100d.bin');

describe.skipIf(!existsSync(realFile))('WordVectorEmbedder on the real wink vectors', () => {
  let real: WordVectorEmbedder;
  beforeAll(() => {
    real = new WordVectorEmbedder(WordVectors.open(realFile));
  });
  const similarity = (a: string, b: string) => cosine(real.embedText(a), real.embedText(b));

  it('puts rephrasings of one ability close together', () => {
    expect(similarity('jazz improvisation', 'improvising jazz')).toBeGreaterThan(0.9);
    expect(similarity('writing dialogue', 'dialogue writing')).toBeGreaterThan(0.99);
    expect(similarity('e-mail', 'email')).toBeGreaterThan(0.9);
  });

  it('keeps different abilities of one domain apart', () => {
    expect(similarity('python', 'java')).toBeLessThan(0.6);
    expect(similarity('gel electrophoresis', 'western blot')).toBeLessThan(0.6);
    expect(similarity('jazz improvisation', 'protein engineering')).toBeLessThan(0.4);
  });
});

describe.skipIf(!existsSync(realFile))('WordVectorEmbedder on field words the vocabulary lacks', () => {
  let real: WordVectorEmbedder;
  beforeAll(() => {
    real = new WordVectorEmbedder(WordVectors.open(realFile));
  });
  const similarity = (a: string, b: string) => cosine(real.embedText(a), real.embedText(b));
  const kinds = (text: string) => real.tokens(text).map((token) => ('index' in token ? 'known' : 'guessed'));

  it('gives every field word a vector, none of them zero', () => {
    for (const word of ['pipetting', 'qPCR', 'immunoblotting', 'reharmonization', 'solfège', 'music21']) {
      expect(norm(real.embedText(word)), word).toBeCloseTo(1, 5);
    }
  });

  it('reads camel case, letter-digit joins, accents and compounds through known words', () => {
    expect(kinds('qPCR')).toEqual(['known']);
    expect(similarity('qPCR', 'polymerase chain reaction')).toBeGreaterThan(0.5);
    expect(similarity('solfège', 'solfege')).toBeCloseTo(1, 5);
    expect(kinds('immunoblotting')).toEqual(['known', 'known']);
    expect(similarity('immunoblotting', 'western blot')).toBeGreaterThan(
      similarity('immunoblotting', 'jazz saxophone') + 0.3,
    );
  });

  it('guesses the rest from character n-grams, nearer their own field than another', () => {
    expect(kinds('reharmonization')).toEqual(['guessed']);
    expect(similarity('reharmonization', 'harmony')).toBeGreaterThan(
      similarity('reharmonization', 'protein purification') + 0.15,
    );
  });

  it('removes the common component: long unrelated texts are no longer alike', () => {
    const assay =
      'Run a quick qPCR assay on the purified samples and compare the melt curves against the standard to check for primer dimers before the full plate.';
    const solo =
      'Transcribe a Coltrane solo by ear, then play it along with the record at half speed until the phrasing sits in your fingers.';
    expect(similarity(assay, solo)).toBeLessThan(0.3);
  });
});
