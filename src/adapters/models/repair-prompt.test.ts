import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeInvalidOutput, repairMessages } from './repair-prompt.js';

const schema = z.object({ title: z.string(), tags: z.array(z.string()) });

describe('describeInvalidOutput', () => {
  it('says what is wrong in one line', () => {
    expect(describeInvalidOutput('', schema)).toBe('the answer was empty');
    expect(describeInvalidOutput('```json\n{}', schema)).toMatch(/^the answer is not valid JSON \(/);
    expect(describeInvalidOutput('{"title": 3, "tags": [1]}', schema)).toBe(
      'the answer does not match the schema: title: Invalid input: expected string, received number; tags.0: Invalid input: expected string, received number',
    );
  });
});

describe('repairMessages', () => {
  it('replays the prompt, the bad answer (bounded) and the problem', () => {
    const messages = repairMessages('Name it.', 'x'.repeat(10_000), 'the answer is not valid JSON');
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(messages[0]?.content).toBe('Name it.');
    expect(messages[1]?.content).toHaveLength(4_000);
    expect(messages[2]?.content).toContain('the answer is not valid JSON');
  });
});
