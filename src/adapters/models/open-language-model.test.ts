import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelError, UserInputError } from '../../domain/errors/index.js';
import { openLanguageModel } from './open-language-model.js';
import { thrown } from './test-support/thrown.js';
import { TEST_API_KEY } from './test-support/wire-profiles.js';

/** A fetch that records the URL it was asked for and answers like a chat.completions server. */
function recordingFetch(urls: string[]): typeof globalThis.fetch {
  return async (input) => {
    urls.push(String(input));
    return new Response('{}', { status: 500 });
  };
}

describe('openLanguageModel', () => {
  it.each([
    ['anthropic:claude-sonnet-4-5', 'ANTHROPIC_API_KEY'],
    ['openai:gpt-4.1-mini', 'OPENAI_API_KEY'],
    ['openai-compatible:qwen', 'CHOPS_BASE_URL'],
  ])('%s without its setting names %s', (name, variable) => {
    const error = thrown(() => openLanguageModel(name, { env: {} }));
    expect(error).toBeInstanceOf(ModelError);
    expect(error.message).toContain(variable);
  });

  it('never puts a key into a message, even when the base URL is wrong', () => {
    const env = { ANTHROPIC_API_KEY: TEST_API_KEY, ANTHROPIC_BASE_URL: 'not a url' };
    const error = thrown(() => openLanguageModel('anthropic:claude-sonnet-4-5', { env }));
    expect(error.message).toBe('ANTHROPIC_BASE_URL is not a URL (needed by anthropic:claude-sonnet-4-5).');
    expect(error.message).not.toContain(TEST_API_KEY);
  });

  it('builds the embedded local model from the models folder, loading nothing until the first call', () => {
    const modelsDir = mkdtempSync(join(tmpdir(), 'chops-models-'));
    try {
      const missing = thrown(() => openLanguageModel('local:qwen2.5-0.5b', { env: {}, modelsDir }));
      expect(missing).toBeInstanceOf(ModelError);
      expect(missing.message).toContain('chops model pull');
      writeFileSync(join(modelsDir, 'qwen2.5-0.5b.gguf'), 'GGUF');
      const model = openLanguageModel('local:qwen2.5-0.5b', { env: {}, modelsDir });
      expect(model.provider).toBe('local');
      expect((model as unknown as { modelPath: string }).modelPath).toBe(
        join(modelsDir, 'qwen2.5-0.5b.gguf'),
      );
      expect(thrown(() => openLanguageModel('local:qwen2.5-0.5b', { env: {} }))).toBeInstanceOf(ModelError);
    } finally {
      rmSync(modelsDir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown provider as user input', () => {
    expect(thrown(() => openLanguageModel('gemini:pro', { env: {} }))).toBeInstanceOf(UserInputError);
  });

  it.each([
    [undefined, 'http://127.0.0.1:11434/v1/chat/completions'],
    ['10.0.0.5:11434', 'http://10.0.0.5:11434/v1/chat/completions'],
    ['https://ollama.example.org/', 'https://ollama.example.org/v1/chat/completions'],
    ['http://box:11434/v1', 'http://box:11434/v1/chat/completions'],
  ])('reaches Ollama at OLLAMA_HOST=%s', async (host, expected) => {
    const urls: string[] = [];
    const env = host === undefined ? {} : { OLLAMA_HOST: host };
    const model = openLanguageModel('ollama:qwen3', { env, fetch: recordingFetch(urls) });
    const call = model.doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
    // The recording fetch answers 500; only the URL matters here.
    await Promise.resolve(call).catch(() => {});
    expect(urls).toEqual([expected]);
  });
});
