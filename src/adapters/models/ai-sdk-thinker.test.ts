import type { LanguageModelV3 } from '@ai-sdk/provider';
import { APICallError } from 'ai';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { errorKindOf } from '../../domain/errors/index.js';
import type { ThinkRequest } from '../../domain/ports/thinker.js';
import { AiSdkThinker } from './ai-sdk-thinker.js';
import { expectModelError } from './test-support/expect-model-error.js';
import { mockModel, streamingMockModel, textAnswer } from './test-support/mock-language-model.js';

const ideasSchema = z.object({ ideas: z.array(z.object({ title: z.string(), reach: z.number() })) });
const valid = JSON.stringify({ ideas: [{ title: 'Play it in 7/8', reach: 0.6 }] });

function request(overrides: Partial<ThinkRequest<z.infer<typeof ideasSchema>>> = {}) {
  return {
    schema: ideasSchema,
    schemaName: 'ideas',
    system: 'You are a teacher.',
    prompt: 'Give ideas.',
    ...overrides,
  };
}

function thinker(model: LanguageModelV3, options: { maxRepairs?: number; maxRetries?: number } = {}) {
  const sleep = vi.fn(async (_milliseconds: number, _signal?: AbortSignal) => {});
  return {
    sleep,
    thinker: new AiSdkThinker({ modelName: 'mock:m', model, sleep, random: () => 0, ...options }),
  };
}

/** The text of every message of a recorded call, for asserting what the model was shown. */
function promptText(call: { prompt: unknown }): string {
  return JSON.stringify(call.prompt);
}

const failure = (promise: Promise<unknown>) => expectModelError(promise, 'mock:m');

describe('AiSdkThinker', () => {
  it('returns the parsed object and sends the schema as structured output', async () => {
    const model = mockModel(valid);
    const result = await thinker(model).thinker.think(request());
    expect(result).toEqual({ ideas: [{ title: 'Play it in 7/8', reach: 0.6 }] });
    const call = model.doGenerateCalls[0]!;
    expect(call.responseFormat).toMatchObject({ type: 'json', name: 'ideas', schema: { type: 'object' } });
    expect(promptText(call)).toContain('You are a teacher.');
    expect(promptText(call)).toContain('Give ideas.');
  });

  it('repairs output that is not JSON, showing the model its answer and the problem', async () => {
    const model = mockModel('Sure! {"ideas": [', valid);
    const phases: string[] = [];
    const result = await thinker(model).thinker.think(
      request({ onProgress: (event) => phases.push(event.phase) }),
    );
    expect(result.ideas).toHaveLength(1);
    expect(model.doGenerateCalls).toHaveLength(2);
    const repair = promptText(model.doGenerateCalls[1]!);
    expect(repair).toContain('Sure! {\\"ideas\\": [');
    expect(repair).toContain('not valid JSON');
    expect(phases).toEqual(['request', 'repair']);
  });

  it('repairs output that violates the schema, naming the offending field', async () => {
    const model = mockModel(JSON.stringify({ ideas: [{ title: 7, reach: 0.5 }] }), valid);
    await thinker(model).thinker.think(request());
    const repair = promptText(model.doGenerateCalls[1]!);
    expect(repair).toContain('does not match the schema: ideas.0.title');
    expect(repair).toContain('Give ideas.');
  });

  it('gives up after maxRepairs repairs with a one-line ModelError (exit 3)', async () => {
    const model = mockModel('{"ideas": "none"}');
    const error = await failure(thinker(model, { maxRepairs: 1 }).thinker.think(request()));
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(errorKindOf(error)).toBe('ModelError');
    expect(error.message).toMatch(
      /^mock:m returned output that did not match the expected shape after 2 attempts: /,
    );
    expect(error.message).toContain('ideas');
    expect(error.message).not.toContain('\n');
  });

  it('retries a 500 with exponential backoff, then succeeds', async () => {
    const serverError = () => {
      throw new APICallError({ message: 'Internal', url: 'u', requestBodyValues: {}, statusCode: 500 });
    };
    const model = mockModel(serverError, serverError, valid);
    const { thinker: subject, sleep } = thinker(model);
    const phases: string[] = [];
    await subject.think(request({ onProgress: (event) => phases.push(`${event.phase}${event.attempt}`) }));
    // random() = 0 gives the fixed half of each exponential step: 1 s → 500 ms, 2 s → 1000 ms.
    expect(sleep.mock.calls.map(([milliseconds]) => milliseconds)).toEqual([500, 1000]);
    expect(phases).toEqual(['request1', 'retry2', 'retry3']);
  });

  it('turns an unexpected error into a single-line ModelError without retrying', async () => {
    const model = mockModel(() => {
      throw new Error('boom\n    at somewhere (file.js:1:1)');
    });
    const error = await failure(thinker(model).thinker.think(request()));
    expect(error.message).toBe('mock:m: boom at somewhere (file.js:1:1)');
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('makes no call when the caller has already aborted', async () => {
    const model = mockModel(valid);
    const error = await failure(thinker(model).thinker.think(request({ signal: AbortSignal.abort() })));
    expect(error.code).toBe('cancelled');
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it('does not retry once the caller aborts during the backoff', async () => {
    const controller = new AbortController();
    const model = mockModel(() => {
      throw new APICallError({ message: 'busy', url: 'u', requestBodyValues: {}, statusCode: 503 });
    });
    const sleep = vi.fn(async () => controller.abort());
    const subject = new AiSdkThinker({ modelName: 'mock:m', model, sleep });
    const error = await failure(subject.think(request({ signal: controller.signal })));
    expect(error.code).toBe('cancelled');
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('streams partial objects when asked, and returns the validated whole', async () => {
    const model = streamingMockModel(['{"ideas":[{"title":"Pl', 'ay it in 7/8","reach":0.6}', ']}']);
    const partials: unknown[] = [];
    const result = await thinker(model).thinker.think(
      request({ onPartial: (partial) => partials.push(partial) }),
    );
    expect(result).toEqual({ ideas: [{ title: 'Play it in 7/8', reach: 0.6 }] });
    expect(partials[0]).toEqual({ ideas: [{ title: 'Pl' }] });
    expect(partials.length).toBeGreaterThanOrEqual(2);
    expect(model.doStreamCalls).toHaveLength(1);
  });

  it('reads JSON from a code fence or after a sentence without a repair call', async () => {
    const fenced = `Here are the ideas you asked for:\n\n\`\`\`json\n${valid}\n\`\`\`\n\nLet me know if you want more.`;
    const afterSentence = `Sure! Based on your repertoire, here is one idea: ${valid} I hope it helps.`;
    for (const answer of [fenced, afterSentence]) {
      const model = mockModel(answer);
      expect(await thinker(model).thinker.think(request())).toEqual(JSON.parse(valid));
      expect(model.doGenerateCalls).toHaveLength(1);
    }
  });

  it('still repairs fenced JSON that breaks the schema', async () => {
    const model = mockModel('```json\n{"ideas":[{"title":"Play it in 7/8","reach":"far"}]}\n```', valid);
    await thinker(model).thinker.think(request());
    expect(model.doGenerateCalls).toHaveLength(2);
  });

  it('counts only model time against the deadline, across calls', async () => {
    let clock = 0;
    const model = mockModel(() => {
      clock += 600;
      return textAnswer(valid);
    });
    const subject = new AiSdkThinker({
      modelName: 'mock:m',
      model,
      now: () => clock,
      timeouts: { totalMs: 1_000, stallMs: 500 },
    });
    await subject.think(request());
    clock += 60_000; // the person thinks for a minute: not model time
    await subject.think(request());
    const late = await failure(subject.think(request()));
    expect(late.message).toContain('no answer within 1 s, the time limit for a command');
    expect(model.doGenerateCalls).toHaveLength(2);
  });
});
