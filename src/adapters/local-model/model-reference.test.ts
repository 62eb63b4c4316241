import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../domain/errors/index.js';
import { resolveModelReference } from './model-reference.js';
import { recommendedModel } from './recommended-model.js';

describe('resolveModelReference', () => {
  it('means the recommended model when given nothing or its name', () => {
    expect(resolveModelReference()).toBe(recommendedModel);
    expect(resolveModelReference('  ')).toBe(recommendedModel);
    expect(resolveModelReference(recommendedModel.name)).toBe(recommendedModel);
  });

  it('turns a Hugging Face file, with or without hf:, into its resolve URL', () => {
    const expected = {
      name: 'Llama-3.2-1B-Instruct-Q4_K_M',
      fileName: 'Llama-3.2-1B-Instruct-Q4_K_M.gguf',
      url: 'https://huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF/resolve/main/Llama-3.2-1B-Instruct-Q4_K_M.gguf',
    };
    expect(
      resolveModelReference('hf:bartowski/Llama-3.2-1B-Instruct-GGUF/Llama-3.2-1B-Instruct-Q4_K_M.gguf'),
    ).toEqual(expected);
    expect(
      resolveModelReference('bartowski/Llama-3.2-1B-Instruct-GGUF/Llama-3.2-1B-Instruct-Q4_K_M.gguf'),
    ).toEqual(expected);
    expect(resolveModelReference('owner/repo/sub/m.gguf').url).toBe(
      'https://huggingface.co/owner/repo/resolve/main/sub/m.gguf',
    );
  });

  it('takes a URL, naming the model after its last path segment', () => {
    expect(resolveModelReference('https://example.org/files/tiny-q8.gguf?download=1')).toEqual({
      name: 'tiny-q8',
      fileName: 'tiny-q8.gguf',
      url: 'https://example.org/files/tiny-q8.gguf?download=1',
    });
  });

  it('rejects what it cannot fetch with a one-line error', () => {
    for (const bad of [
      'llama',
      'owner/repo',
      'owner/repo/model.bin',
      '../../etc/x.gguf',
      'https://example.org/',
    ]) {
      expect(() => resolveModelReference(bad), bad).toThrow(UserInputError);
    }
    expect(() => resolveModelReference('llama')).toThrow(/owner\/repo\/file\.gguf/);
  });
});
