import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../domain/errors/index.js';
import { gpuSetting } from './gpu-setting.js';

const linux = { os: 'linux', arch: 'x64' };

describe('gpuSetting', () => {
  it('uses the CPU unless CHOPS_GPU asks otherwise', () => {
    expect(gpuSetting({}, linux)).toBe(false);
    expect(gpuSetting({ CHOPS_GPU: 'off' }, linux)).toBe(false);
    expect(gpuSetting({ CHOPS_GPU: ' CUDA ' }, linux)).toBe('cuda');
    expect(gpuSetting({ CHOPS_GPU: 'auto' }, linux)).toBe('auto');
  });

  it('lets Apple Silicon use its only binary, the Metal one', () => {
    expect(gpuSetting({}, { os: 'darwin', arch: 'arm64' })).toBe('auto');
  });

  it('rejects a value it does not know, naming the valid ones', () => {
    expect(() => gpuSetting({ CHOPS_GPU: 'rocm' }, linux)).toThrow(UserInputError);
    expect(() => gpuSetting({ CHOPS_GPU: 'rocm' }, linux)).toThrow(/off, auto, cuda, vulkan, metal/);
  });
});
