import { z } from 'zod';
import { UserInputError } from '../../domain/errors/index.js';
import type { ProviderName } from './model-name.js';

/** How long chops waits on a model. */
export interface ModelTimeouts {
  /** The model time one command may use in all: every call, retry and repair together. */
  readonly totalMs: number;
  /** A streamed answer that sends nothing new for this long is given up and retried. */
  readonly stallMs: number;
}

const minute = 60_000;

/**
 * Defaults that suit each provider: hosted models answer within a minute or two; servers on the
 * person's machine and above all the embedded CPU model write far more slowly (16 ideas from a 3B model
 * on a laptop CPU take several minutes), and start slowly on a long prompt.
 */
export const defaultTimeouts: Readonly<Record<ProviderName, ModelTimeouts>> = {
  anthropic: { totalMs: 5 * minute, stallMs: 1 * minute },
  openai: { totalMs: 5 * minute, stallMs: 1 * minute },
  'openai-compatible': { totalMs: 15 * minute, stallMs: 3 * minute },
  ollama: { totalMs: 15 * minute, stallMs: 3 * minute },
  local: { totalMs: 30 * minute, stallMs: 5 * minute },
};

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
export interface TimeoutSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly config: { readonly timeout?: string | undefined; readonly 'stall-timeout'?: string | undefined };
}

/**
 * The timeouts for `provider`: `CHOPS_TIMEOUT` / `CHOPS_STALL_TIMEOUT`, else the config file's
 * `timeout` / `stall-timeout`, else the provider's default. A bad variable is a UserInputError.
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
  const defaults = defaultTimeouts[provider];
  const totalMs = pick('CHOPS_TIMEOUT', sources.config.timeout, defaults.totalMs);
  const stallMs = pick('CHOPS_STALL_TIMEOUT', sources.config['stall-timeout'], defaults.stallMs);
  return { totalMs, stallMs: Math.min(stallMs, totalMs) };
}
