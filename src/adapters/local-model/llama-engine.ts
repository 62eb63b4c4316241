import type { Llama } from 'node-llama-cpp';
import { ModelError } from '../../domain/errors/index.js';
import { gpuSetting } from './gpu-setting.js';

let shared: Promise<Llama> | undefined;

/**
 * The llama.cpp engine, loaded once per process on first use.
 *
 * node-llama-cpp is imported here and only here, lazily: importing it takes about a second, which
 * commands that never run the local model must not pay.
 */
export function sharedLlama(): Promise<Llama> {
  shared ??= loadLlama().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Frees the engine; the next {@link sharedLlama} call loads it again. */
export async function disposeSharedLlama(): Promise<void> {
  const loading = shared;
  shared = undefined;
  if (loading) await (await loading.catch(() => undefined))?.dispose();
}

async function loadLlama(): Promise<Llama> {
  const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
  const gpu = gpuSetting();
  try {
    // build: 'never' because compiling llama.cpp would download its sources: no network unless asked.
    return await getLlama({
      ...(gpu !== undefined && { gpu }),
      build: 'never',
      logLevel: LlamaLogLevel.error,
    });
  } catch (error) {
    const advice =
      gpu === false
        ? 'reinstall chops with `npm ci`'
        : `CHOPS_GPU=${String(gpu)} needs a GPU build that is not installed (see the README), or unset CHOPS_GPU`;
    throw new ModelError(`The local model engine could not start (${messageOf(error)}); ${advice}.`, {
      cause: error,
      code: 'local_engine',
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
