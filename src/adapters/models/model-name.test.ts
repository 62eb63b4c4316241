import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../domain/errors/index.js';
import { parseModelName } from './model-name.js';

describe('parseModelName', () => {
  it('splits provider and model at the first colon only', () => {
    expect(parseModelName('ollama:llama3.2:3b')).toEqual({
      provider: 'ollama',
      model: 'llama3.2:3b',
      text: 'ollama:llama3.2:3b',
    });
    expect(parseModelName(' Anthropic:claude-sonnet-4-5 ')).toMatchObject({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
    });
    expect(parseModelName('local:/models/qwen.gguf').model).toBe('/models/qwen.gguf');
  });

  it.each([
    ['claude-sonnet-4-5', /must be provider:model/],
    ['gemini:pro', /Unknown model provider "gemini"/],
    ['openai:', /has no model after "openai:"/],
    [':gpt-4o', /Unknown model provider ""/],
  ])('rejects %j in one line that lists the valid providers', (text, pattern) => {
    const error = (() => {
      try {
        parseModelName(text, 'CHOPS_MODEL');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UserInputError);
    const message = (error as UserInputError).message;
    expect(message).toMatch(pattern);
    expect(message).toContain('(from CHOPS_MODEL)');
    expect(message).toContain('valid providers: anthropic, openai, openai-compatible, ollama, local');
    expect(message).not.toContain('\n');
  });
});
