import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateText, Output } from 'ai';
import { z } from 'zod';
import { createLocalLanguageModel } from '../src/adapters/local-model/index.js';
import { sharedLlama } from '../src/adapters/local-model/llama-engine.js';
import { writeTinyTestModel } from '../src/adapters/local-model/test-support/tiny-test-model.js';
import { median, printer } from './support.js';

const print = printer('local-model');

const runs = 9;
const moodSchema = z.object({ mood: z.enum(['calm', 'wild', 'curious']), note: z.string().max(24) });
const system = 'Describe a mood.';
const prompt = 'How do you feel?';

/**
 * The embedded engine on the tiny test model (threads: 1): engine start, model load, tokens per second,
 * and what chops adds around the engine per structured call (AI SDK, prompt mapping, zod validation).
 */
export default async function localModelBench(): Promise<void> {
  (globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;
  const folder = await mkdtemp(join(tmpdir(), 'chops-bench-local-'));
  const modelPath = join(folder, 'tiny.gguf');
  await writeTinyTestModel(modelPath);
  try {
    let started = performance.now();
    const llama = await sharedLlama();
    print(
      'engine start (import + getLlama, once per process)',
      performance.now() - started,
      'ms',
      '< 2000 ms',
      'once',
    );

    const loads: number[] = [];
    for (let run = 0; run < runs; run++) {
      started = performance.now();
      const model = await llama.loadModel({ modelPath });
      const context = await model.createContext({ contextSize: 1024, threads: 1, sequences: 1 });
      loads.push(performance.now() - started);
      await context.dispose();
      await model.dispose();
    }
    print('model load + context (tiny model)', median(loads), 'ms', '< 200 ms');

    const model = createLocalLanguageModel(modelPath, { modelsDir: folder, threads: 1, contextSize: 1024 });
    const speeds: number[] = [];
    for (let run = 0; run < runs; run++) {
      started = performance.now();
      const result = await generateText({ model, prompt, maxOutputTokens: 200 });
      speeds.push((result.usage.outputTokens ?? 0) / ((performance.now() - started) / 1000));
    }
    print('generation speed (threads: 1)', median(speeds), 'tokens/s', '> 200 tokens/s');

    const overhead = await structuredCallOverhead(model);
    print('chops overhead per structured call', overhead, 'ms', '< 5 ms');
    await model.dispose();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Times each structured call twice over: end to end through `generateText`, and inside node-llama-cpp's
 * `promptWithMeta` (wrapped for the bench). The difference, per call, is what chops and the AI SDK add:
 * pairing them in the same call keeps a busy machine's noise out of the figure.
 */
async function structuredCallOverhead(model: ReturnType<typeof createLocalLanguageModel>): Promise<number> {
  const { LlamaChatSession } = await import('node-llama-cpp');
  const original = LlamaChatSession.prototype.promptWithMeta;
  let engineTime = 0;
  LlamaChatSession.prototype.promptWithMeta = async function (
    this: InstanceType<typeof LlamaChatSession>,
    ...args
  ) {
    const started = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      engineTime += performance.now() - started;
    }
  } as typeof original;
  const overheads: number[] = [];
  try {
    for (let run = 0; run < runs + 1; run++) {
      engineTime = 0;
      const started = performance.now();
      await generateText({ model, system, prompt, output: Output.object({ schema: moodSchema }) });
      overheads.push(performance.now() - started - engineTime);
    }
  } finally {
    LlamaChatSession.prototype.promptWithMeta = original;
  }
  // The first call builds and caches the grammar: leave it out.
  return median(overheads.slice(1));
}
