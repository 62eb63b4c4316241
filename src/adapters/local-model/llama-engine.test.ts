import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelError } from '../../domain/errors/index.js';
import { disposeSharedLlama, sharedLlama } from './llama-engine.js';

const require = createRequire(import.meta.url);
// package.json `overrides` replace the GPU binary packages with this stub on a default install.
const vulkanIsStub =
  process.platform === 'linux' &&
  process.arch === 'x64' &&
  require('@node-llama-cpp/linux-x64-vulkan/package.json').name === 'no-gpu-binary';

afterEach(async () => {
  delete process.env.CHOPS_GPU;
  await disposeSharedLlama();
});

describe('sharedLlama', () => {
  it.runIf(vulkanIsStub)(
    'explains that a GPU build is not installed when CHOPS_GPU asks for one',
    async () => {
      process.env.CHOPS_GPU = 'vulkan';
      const loading = sharedLlama();
      await expect(loading).rejects.toThrow(ModelError);
      await expect(loading).rejects.toThrow(/CHOPS_GPU=vulkan needs a GPU build that is not installed/);
    },
  );

  it('runs on the CPU by default, once per process', async () => {
    const llama = await sharedLlama();
    expect(llama.gpu).toBe(process.platform === 'darwin' && process.arch === 'arm64' ? 'metal' : false);
    expect(await sharedLlama()).toBe(llama);
  });
});
