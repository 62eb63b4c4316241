import type { LlamaOptions } from 'node-llama-cpp';
import { UserInputError } from '../../domain/errors/index.js';

/** What `CHOPS_GPU` may say. Unset means CPU only (see {@link gpuSetting}). */
export const gpuSettingValues = ['off', 'auto', 'cuda', 'vulkan', 'metal'] as const;

/**
 * Reads `CHOPS_GPU` into node-llama-cpp's `gpu` option.
 *
 * CPU is the default because chops installs no GPU binaries (see package.json `overrides`), and probing
 * for CUDA or Vulkan costs start-up time for nothing. Apple Silicon is the exception: its only prebuilt
 * binary is the Metal one, and Metal shares memory with the CPU, so there "off" would leave no binary.
 */
export function gpuSetting(
  environment: Record<string, string | undefined> = process.env,
  platform: { os: string; arch: string } = { os: process.platform, arch: process.arch },
): LlamaOptions['gpu'] {
  const raw = (environment.CHOPS_GPU ?? '').trim().toLowerCase();
  const appleSilicon = platform.os === 'darwin' && platform.arch === 'arm64';
  if (raw === '' || raw === 'off' || raw === 'false' || raw === '0') return appleSilicon ? 'auto' : false;
  if (raw === 'auto' || raw === 'cuda' || raw === 'vulkan' || raw === 'metal') return raw;
  throw new UserInputError(
    `CHOPS_GPU="${raw}" is not understood: use one of ${gpuSettingValues.join(', ')}.`,
  );
}
