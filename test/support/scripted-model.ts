import { MockLanguageModelV3 } from 'ai/test';
import { AiSdkThinker } from '../../src/adapters/models/ai-sdk-thinker.js';

type CallOptions = MockLanguageModelV3['doGenerateCalls'][number];

/** All the text of a call's prompt (system and user messages), for a script to decide what to answer. */
export function promptText(options: CallOptions): string {
  return options.prompt
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : message.content.map((part) => ('text' in part ? part.text : '')).join(''),
    )
    .join('\n');
}

/**
 * A mock language model that answers each call with what `respond` returns for its prompt (objects are
 * sent as JSON text, strings as they are), plain or streamed in pieces, and records every call, driven
 * through the same {@link AiSdkThinker} that real providers use.
 */
export function scriptedThinker(respond: (prompt: string, callIndex: number) => unknown) {
  let calls = 0;
  const model = new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'scripted',
    doGenerate: async (options) => {
      const answer = respond(promptText(options), calls++);
      const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
      return {
        content: [{ type: 'text', text }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: {
          inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
          outputTokens: { total: 10, text: 10, reasoning: 0 },
        },
        warnings: [],
      };
    },
  });
  // Streamed answers arrive in a few pieces, as a real provider's would.
  model.doStream = async (options) => {
    model.doStreamCalls.push(options);
    const answer = respond(promptText(options), calls++);
    const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
    const pieces = text.match(/[\s\S]{1,40}/g) ?? [];
    const parts = [
      { type: 'stream-start' as const, warnings: [] },
      { type: 'text-start' as const, id: '1' },
      ...pieces.map((delta) => ({ type: 'text-delta' as const, id: '1', delta })),
      { type: 'text-end' as const, id: '1' },
      {
        type: 'finish' as const,
        finishReason: { unified: 'stop' as const, raw: 'stop' },
        usage: {
          inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
          outputTokens: { total: 10, text: 10, reasoning: 0 },
        },
      },
    ];
    return {
      stream: new ReadableStream({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    };
  };
  const thinker = new AiSdkThinker({ modelName: 'mock:scripted', model, sleep: async () => {} });
  return { thinker, model };
}
