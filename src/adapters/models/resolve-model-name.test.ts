import { describe, expect, it } from 'vitest';
import { errorKindOf, ModelError, UserInputError } from '../../domain/errors/index.js';
import { findConfiguredModelName, resolveModelName } from './resolve-model-name.js';

describe('resolveModelName', () => {
  const env = { CHOPS_MODEL: 'openai:gpt-4.1-mini' };

  it('prefers the flag, then CHOPS_MODEL, then the config file', () => {
    expect(resolveModelName({ flag: 'ollama:qwen3', env, config: 'anthropic:claude-sonnet-4-5' }).text).toBe(
      'ollama:qwen3',
    );
    expect(resolveModelName({ env, config: 'anthropic:claude-sonnet-4-5' }).text).toBe('openai:gpt-4.1-mini');
    expect(resolveModelName({ env: {}, config: 'anthropic:claude-sonnet-4-5' }).text).toBe(
      'anthropic:claude-sonnet-4-5',
    );
  });

  it('treats empty values as unset', () => {
    expect(findConfiguredModelName({ flag: '', env: { CHOPS_MODEL: '  ' }, config: 'ollama:qwen3' })).toEqual(
      {
        name: 'ollama:qwen3',
        origin: 'config',
      },
    );
  });

  it('answers "is a model configured?" without throwing', () => {
    expect(findConfiguredModelName({ env: {} })).toBeUndefined();
    expect(findConfiguredModelName({ env })).toEqual({ name: 'openai:gpt-4.1-mini', origin: 'CHOPS_MODEL' });
  });

  it('explains how to get a model when none is configured (exit 3)', () => {
    expect(() => resolveModelName({ env: {} })).toThrow(ModelError);
    try {
      resolveModelName({ env: {} });
    } catch (error) {
      const modelError = error as ModelError;
      expect(errorKindOf(modelError)).toBe('ModelError');
      expect(modelError.message).toContain('CHOPS_MODEL=anthropic:claude-sonnet-4-5');
      expect(modelError.message).toContain('ANTHROPIC_API_KEY');
      expect(modelError.message).toContain('chops config set model');
    }
  });

  it('names where a malformed name came from', () => {
    expect(() => resolveModelName({ flag: 'gpt-4o', env: {} })).toThrow(UserInputError);
    expect(() => resolveModelName({ flag: 'gpt-4o', env: {} })).toThrow('(from --model)');
  });
});
