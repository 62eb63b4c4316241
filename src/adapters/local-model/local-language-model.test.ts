import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageModelV3CallOptions } from '@ai-sdk/provider';
import { generateText, Output, streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLocalLanguageModel } from './create-local-language-model.js';
import { disposeAllLocalModels } from './exit-disposal.js';
import type { LocalLanguageModel } from './local-language-model.js';
import { writeTinyTestModel } from './test-support/tiny-test-model.js';

(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const moodSchema = z.object({ mood: z.enum(['calm', 'wild']), note: z.string().max(12) });
// Forces a long answer, so a test can abort while the engine is surely still generating.
const longSchema = {
  type: 'object',
  properties: { essay: { type: 'string', minLength: 600 } },
  required: ['essay'],
};

let folder: string;
let modelPath: string;
let model: LocalLanguageModel;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'chops-local-model-'));
  modelPath = join(folder, 'tiny.gguf');
  await writeTinyTestModel(modelPath);
  model = createLocalLanguageModel(modelPath, { modelsDir: folder, threads: 1, contextSize: 1024 });
});

afterAll(async () => {
  await model.dispose();
  await rm(folder, { recursive: true, force: true });
});

function callOptions(overrides: Partial<LanguageModelV3CallOptions> = {}): LanguageModelV3CallOptions {
  return {
    prompt: [
      { role: 'system', content: 'You write JSON.' },
      { role: 'user', content: [{ type: 'text', text: 'Write a long essay.' }] },
    ],
    responseFormat: { type: 'json', schema: longSchema as never },
    ...overrides,
  };
}

describe('the local language model on the real engine', () => {
  it('gives structured output that parses against the schema, thanks to the grammar', async () => {
    const result = await generateText({
      model,
      system: 'Describe a mood.',
      prompt: 'How do you feel?',
      output: Output.object({ schema: moodSchema }),
    });
    expect(moodSchema.parse(result.output)).toEqual(result.output);
    expect(JSON.parse(result.text)).toEqual(result.output);
    expect(result.finishReason).toBe('stop');
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.usage.inputTokens).toBeGreaterThan(0);
  });

  it('writes free text without a response format (the random weights make it no JSON)', async () => {
    const result = await generateText({ model, prompt: 'How do you feel?', maxOutputTokens: 24 });
    expect(result.text.length).toBeGreaterThan(0);
    expect(() => moodSchema.parse(JSON.parse(result.text))).toThrow();
  });

  it('streams text deltas that add up to a valid object', async () => {
    const result = streamText({
      model,
      prompt: 'How do you feel?',
      output: Output.object({ schema: moodSchema }),
    });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(3);
    expect(moodSchema.parse(JSON.parse(deltas.join('')))).toEqual(await result.output);
  });

  it('stops generating promptly when the abort signal fires mid-generation', async () => {
    const controller = new AbortController();
    const { stream } = await model.doStream(callOptions({ abortSignal: controller.signal }));
    const reader = stream.getReader();
    let deltas = 0;
    const outcome = (async () => {
      for (;;) {
        const part = await reader.read();
        if (part.done) return 'finished';
        if (part.value.type === 'text-delta' && ++deltas === 5) controller.abort();
      }
    })();
    await expect(outcome).rejects.toThrow(/abort/i);
    // Promptly, counted in tokens rather than milliseconds (this machine's speed varies): 600
    // characters were required, so far more deltas would have come had generation not stopped.
    expect(deltas).toBeLessThan(60);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(model.doGenerate(callOptions({ abortSignal: controller.signal }))).rejects.toThrow(/abort/i);
  });

  it('runs concurrent calls one after the other, each as if it ran alone', async () => {
    const ask = () =>
      generateText({ model, prompt: 'How do you feel?', output: Output.object({ schema: moodSchema }) });
    const alone = (await ask()).text;
    const together = await Promise.all([ask(), ask(), ask()]);
    // Greedy decoding is deterministic: interleaved calls sharing the context would change the text.
    expect(together.map((result) => result.text)).toEqual([alone, alone, alone]);
  });

  it('warns that tools are not supported instead of failing', async () => {
    const result = await model.doGenerate(
      callOptions({
        responseFormat: { type: 'text' },
        maxOutputTokens: 4,
        tools: [{ type: 'function', name: 'look', inputSchema: { type: 'object' } }],
      }),
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ type: 'unsupported', feature: 'tools' }),
    );
    expect(result.finishReason).toEqual({ unified: 'length', raw: 'maxTokens' });
  });
});

/**
 * Starts a long generation and waits until the engine is surely generating (a first token), however
 * slow the machine is; returns a function that reads the rest of the stream.
 */
async function generatingStream(own: LocalLanguageModel): Promise<() => Promise<string>> {
  const { stream } = await own.doStream(callOptions());
  const reader = stream.getReader();
  for (
    let part = await reader.read();
    !part.done && part.value.type !== 'text-delta';
    part = await reader.read()
  ) {}
  return async () => {
    for (;;) if ((await reader.read()).done) return 'finished';
  };
}

describe('disposal', () => {
  it('aborts a generation in flight, frees the model, and loads it again on the next call', async () => {
    const own = createLocalLanguageModel(modelPath, { modelsDir: folder, threads: 1, contextSize: 1024 });
    const rest = await generatingStream(own);
    await own.dispose();
    await expect(rest()).rejects.toThrow(/dispos|abort/i);
    const again = await own.doGenerate(callOptions({ responseFormat: { type: 'text' }, maxOutputTokens: 3 }));
    expect(again.usage.outputTokens.total).toBe(3);
    await own[Symbol.asyncDispose]();
  });

  it('disposeAllLocalModels aborts generations in flight and disposes every loaded model', async () => {
    const own = createLocalLanguageModel(modelPath, { modelsDir: folder, threads: 1, contextSize: 1024 });
    const rest = await generatingStream(own);
    await disposeAllLocalModels();
    await expect(rest()).rejects.toThrow(/dispos|abort/i);
  });
});
