import { z } from 'zod';
import { UserInputError } from '../../domain/errors/index.js';
import type { ModelTimeouts } from './provider-descriptor.js';
import { type ProviderName, providerOf } from './provider-registry.js';

const minute = 60_000;

const units: Readonly<Record<string, number>> = {
  '': 1_000,
  s: 1_000,
  m: minute,
  min: minute,
  h: 60 * minute,
};

/** Parses `90`, `90s`, `2.5m`, `1h` into milliseconds; undefined when it is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h)?\s*$/i.exec(text);
  if (!match) return undefined;
  const milliseconds = Number(match[1]) * units[(match[2] ?? '').toLowerCase()]!;
  return milliseconds >= 1_000 && milliseconds <= 24 * 60 * minute ? milliseconds : undefined;
}

/** A duration setting as the config file keeps it (text, as the person wrote it). */
export const durationSetting = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((text) => parseDuration(text) !== undefined, 'a duration from 1s to 24h, like 90, 90s, 10m or 1h');

/** Where the person can set the timeouts, highest priority first after the environment. */
interface TimeoutSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly config: { readonly timeout?: string | undefined; readonly 'stall-timeout'?: string | undefined };
}

/**
 * The timeouts for `provider`: `CHOPS_TIMEOUT` / `CHOPS_STALL_TIMEOUT`, else the config file's
 * `timeout` / `stall-timeout`, else the provider's default (its descriptor's `timeouts`). A bad variable is a UserInputError.
 */
export function resolveTimeouts(provider: ProviderName, sources: TimeoutSources): ModelTimeouts {
  const pick = (variable: string, configured: string | undefined, fallback: number): number => {
    const text = sources.env[variable]?.trim();
    if (text) {
      const parsed = parseDuration(text);
      if (parsed === undefined)
        throw new UserInputError(
          `${variable}="${text}" is not a duration from 1s to 24h (like 90, 90s or 10m)`,
        );
      return parsed;
    }
    return (configured && parseDuration(configured)) || fallback;
  };
  const defaults = providerOf(provider).timeouts;
  const totalMs = pick('CHOPS_TIMEOUT', sources.config.timeout, defaults.totalMs);
  const stallMs = pick('CHOPS_STALL_TIMEOUT', sources.config['stall-timeout'], defaults.stallMs);
  return { totalMs, stallMs: Math.min(stallMs, totalMs) };
}
