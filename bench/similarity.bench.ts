/**
 * Meaning: embedding throughput of each embedder (texts per second, on idea-length texts) and the time
 * of `chops similarity --file` over 1,000 pairs in a fresh process (the built CLI, a new data folder,
 * so it includes loading the vectors and calibrating once).
 *
 * The local embedder runs the real engine on the tiny generated GGUF (32 dimensions, 1 layer, one
 * thread), so its figure is the engine's overhead per text, not a real model's speed. The provider
 * embedder runs over the AI SDK's mock model: its figure is chops's own overhead, not the network's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockEmbeddingModelV3 } from 'ai/test';
import {
  LocalEmbedder,
  locateWordVectors,
  ProviderEmbedder,
  WordVectorEmbedder,
  WordVectors,
} from '../src/adapters/embeddings/index.js';
import { writeTinyTestModel } from '../src/adapters/local-model/test-support/tiny-test-model.js';
import { ideaText } from '../src/domain/idea.js';
import type { Embedder } from '../src/domain/ports/embedder.js';
import { biochemistIdeas, saxophonistIdeas } from '../test/support/idea-fixtures.js';
import { median, printer } from './support.js';

const print = printer('similarity', 1);
const texts = [...biochemistIdeas, ...saxophonistIdeas].map(ideaText);

async function throughput(embedder: Embedder, total: number): Promise<number> {
  const batch = Array.from({ length: total }, (_, i) => texts[i % texts.length]!);
  await embedder.embed(batch.slice(0, 4));
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    await embedder.embed(batch);
    runs.push(total / ((performance.now() - started) / 1000));
  }
  return median(runs);
}

export default async function similarityBench(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'chops-bench-similarity-'));
  try {
    const words = new WordVectorEmbedder(WordVectors.open(await locateWordVectors({ home })));
    print('word vectors: idea texts embedded', await throughput(words, 2000), 'texts/s', '> 2000');

    const modelPath = join(home, 'tiny.gguf');
    await writeTinyTestModel(modelPath);
    const local = new LocalEmbedder({ modelName: 'local:tiny', path: modelPath, threads: 1 });
    print(
      'local engine (generated tiny GGUF, 1 thread)',
      await throughput(local, 100),
      'texts/s',
      'none (overhead)',
    );
    await local.dispose();

    const mock = new MockEmbeddingModelV3({
      maxEmbeddingsPerCall: 2048,
      doEmbed: async ({ values }) => ({
        embeddings: values.map((value) => Array.from({ length: 384 }, (_, d) => Math.sin(value.length + d))),
        warnings: [],
      }),
    });
    const provider = new ProviderEmbedder({ modelName: 'mock:384', model: mock });
    print('provider (mock model, chops overhead only)', await throughput(provider, 2000), 'texts/s', 'none');

    const pairs = Array.from(
      { length: 1000 },
      (_, i) => `${texts[i % texts.length]}\t${texts[(i * 7 + 3) % texts.length]}`,
    );
    const file = join(home, 'pairs.tsv');
    writeFileSync(file, `${pairs.join('\n')}\n`);
    const cli = new URL('../bin/chops.js', import.meta.url).pathname;
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const runHome = join(home, `run-${run}`);
      const started = performance.now();
      const out = execFileSync(process.execPath, [cli, 'similarity', '--file', file], {
        env: { ...process.env, CHOPS_HOME: runHome, CHOPS_EMBED_MODEL: '' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 2 ** 20,
      });
      times.push(performance.now() - started);
      if (out.trim().split('\n').length !== 1000)
        throw new Error('chops similarity --file printed the wrong count');
    }
    print('chops similarity --file, 1,000 idea pairs, fresh process', median(times), 'ms', '< 3000');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
