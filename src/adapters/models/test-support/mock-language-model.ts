import type { LanguageModelV3 } from '@ai-sdk/provider';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';

type GenerateResult = Awaited<ReturnType<LanguageModelV3['doGenerate']>>;
type StreamPart =
  Awaited<ReturnType<LanguageModelV3['doStream']>>['stream'] extends ReadableStream<infer P> ? P : never;

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 5, text: 5, reasoning: 0 },
};

/** A non-streamed answer whose whole text is `text`. */
export function textAnswer(text: string): GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage,
    warnings: [],
  };
}

/** A mock model answering the given texts in turn (or running the given step functions). */
export function mockModel(...steps: Array<string | (() => GenerateResult)>): MockLanguageModelV3 {
  let index = 0;
  return new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'mock-model',
    doGenerate: async () => {
      const step = steps[Math.min(index++, steps.length - 1)];
      if (step === undefined) throw new Error('mockModel needs at least one step');
      return typeof step === 'string' ? textAnswer(step) : step();
    },
  });
}

/** A mock model that streams `deltas` as text in one answer. */
export function streamingMockModel(deltas: readonly string[]): MockLanguageModelV3 {
  const chunks: StreamPart[] = [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 't' },
    ...deltas.map((delta): StreamPart => ({ type: 'text-delta', id: 't', delta })),
    { type: 'text-end', id: 't' },
    { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
  ];
  return new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'mock-model',
    doStream: async () => ({ stream: simulateReadableStream({ chunks, chunkDelayInMs: null }) }),
  });
}
