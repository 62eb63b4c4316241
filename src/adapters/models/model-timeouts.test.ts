import { describe, expect, it } from 'vitest';
import { parseDuration, resolveTimeouts } from './model-timeouts.js';
import { providerOf } from './provider-registry.js';

const defaultTimeouts = {
  local: providerOf('local').timeouts,
  anthropic: providerOf('anthropic').timeouts,
  openai: providerOf('openai').timeouts,
};

describe('model timeouts', () => {
  it('reads durations as seconds, minutes or hours', () => {
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('2.5m')).toBe(150_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('0')).toBeUndefined();
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('gives a local CPU model far more time than a hosted one', () => {
    expect(defaultTimeouts.local.totalMs).toBeGreaterThan(defaultTimeouts.anthropic.totalMs);
    expect(defaultTimeouts.local.stallMs).toBeGreaterThan(defaultTimeouts.openai.stallMs);
    expect(resolveTimeouts('local', { env: {}, config: {} })).toEqual(defaultTimeouts.local);
  });

  it('takes CHOPS_TIMEOUT over the config file over the default', () => {
    const config = { timeout: '10m', 'stall-timeout': '45s' };
    expect(resolveTimeouts('openai', { env: {}, config })).toEqual({ totalMs: 600_000, stallMs: 45_000 });
    expect(resolveTimeouts('openai', { env: { CHOPS_TIMEOUT: '20m' }, config })).toEqual({
      totalMs: 1_200_000,
      stallMs: 45_000,
    });
    // A stall limit longer than the whole would never apply.
    expect(resolveTimeouts('local', { env: { CHOPS_TIMEOUT: '30' }, config: {} }).stallMs).toBe(30_000);
    expect(() => resolveTimeouts('openai', { env: { CHOPS_TIMEOUT: 'forever' }, config: {} })).toThrow(
      'CHOPS_TIMEOUT="forever" is not a duration',
    );
  });
});
