import { APICallError } from 'ai';
import { describe, expect, it } from 'vitest';
import { AiSdkThinker } from '../../adapters/models/ai-sdk-thinker.js';
import { mockModel } from '../../adapters/models/test-support/mock-language-model.js';
import { JUDGE_BATCH } from '../originality/judge-originality.js';
import { realOriginalityDeps } from '../originality/test-support/real-originality.js';
import { scoreAutFile } from './score-aut-file.js';

const uses = Array.from({ length: JUDGE_BATCH + 3 }, (_, i) => `brick\tuse number ${i + 1} as a garden step`);
const text = `${uses.join('\n')}\nno tab here`;
async function* file() {
  yield text;
}

function thinkerOver(model: ReturnType<typeof mockModel>) {
  return new AiSdkThinker({ modelName: 'mock:judge', model, sleep: async () => {}, random: () => 0 });
}

describe('chops aut --file --judge, through the thinker', () => {
  it('batches responses, maps ratings through the calibration, keeps offline scores where the judge gave none', async () => {
    const firstBatch = {
      ratings: [
        { number: 1, rating: 4 },
        { number: 2, rating: 'high' }, // garbage: offline kept
        { number: 3, rating: 9 }, // off the scale: offline kept
        // 4 is missing: offline kept
        ...Array.from({ length: JUDGE_BATCH - 4 }, (_, i) => ({ number: i + 5, rating: 2 })),
        { number: 99, rating: 5 }, // no such response: ignored
      ],
    };
    const rateLimited = () => {
      throw new APICallError({
        message: 'Too Many Requests',
        url: 'u',
        requestBodyValues: {},
        statusCode: 429,
        responseHeaders: { 'retry-after': '3600' },
      });
    };
    const model = mockModel(JSON.stringify(firstBatch), rateLimited);
    const failures: string[] = [];
    const results = await scoreAutFile(file(), realOriginalityDeps(), {
      thinker: thinkerOver(model),
      calibration: { intercept: 0.5, slope: 0.5 },
      onFailure: (line) => failures.push(line),
    });
    const offline = await scoreAutFile(file(), realOriginalityDeps());

    expect(model.doGenerateCalls).toHaveLength(2);
    const firstPrompt = JSON.stringify(model.doGenerateCalls[0]!.prompt);
    expect(firstPrompt).toContain('use number 1 as a garden step');
    expect(firstPrompt).not.toContain(`use number ${JUDGE_BATCH + 1} as`);
    expect(results[0]).toMatchObject({ line: 1, originality: 2.5, scorer: 'judge' });
    expect(results[4]).toMatchObject({ originality: 1.5, scorer: 'judge' });
    for (const i of [1, 2, 3, JUDGE_BATCH, JUDGE_BATCH + 2]) {
      expect(results[i]).toEqual({ ...offline[i], scorer: 'offline' });
    }
    expect(failures).toEqual([expect.stringMatching(/^responses 26–28: .*(429|rate limit)/)]);
    expect(results.at(-1)).toEqual({ line: JUDGE_BATCH + 4, error: 'no tab: a line is object<TAB>response' });
    expect(offline.every((result) => !('scorer' in result))).toBe(true);
  });
});
