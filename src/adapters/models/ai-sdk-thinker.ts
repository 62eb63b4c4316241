import { setTimeout as delay } from 'node:timers/promises';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { ModelMessage } from 'ai';
import { ModelError } from '../../domain/errors/index.js';
import type { Thinker, ThinkRequest } from '../../domain/ports/thinker.js';
import { extractJson } from './extract-json.js';
import { type CallOutcome, callModel } from './model-call.js';
import { ModelDeadline } from './model-deadline.js';
import type { ModelTimeouts } from './provider-descriptor.js';
import { redactSecrets } from './redact.js';
import { describeInvalidOutput, repairMessages } from './repair-prompt.js';
import { backoffDelayMs, type CallFailure, classifyFailure, DEFAULT_BACKOFF } from './retry-policy.js';

/** How an {@link AiSdkThinker} talks to its model. */
export interface AiSdkThinkerOptions {
  /** `provider:model`, used in every message. */
  modelName: string;
  model: LanguageModelV3;
  /** Follow-up calls that show the model its invalid answer; default 2. */
  maxRepairs?: number;
  /** Further attempts after timeouts, network faults, 429 and 5xx; default 3. */
  maxRetries?: number;
  /** The total model time of this thinker (one command) and the stall limit; default 5 min and 1 min. */
  timeouts?: ModelTimeouts;
  /** Notes for the person while it works: retries and why. */
  onNote?: (text: string) => void;
  /** Values never to show in a message (the environment's API keys), whatever their shape. */
  secrets?: readonly string[];
  /** Waits between attempts; must reject when `signal` aborts. Injected by tests. */
  sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  /** In [0, 1), for backoff jitter. */
  random?: () => number;
  /** Milliseconds since the epoch, for `retry-after` dates and the deadline. */
  now?: () => number;
}

let sdkWarningsSilenced = false;

function silenceSdkWarnings(): void {
  // The SDK prints compatibility warnings with console.warn, which would break the CLI's output.
  if (sdkWarningsSilenced) return;
  globalThis.AI_SDK_LOG_WARNINGS = false;
  sdkWarningsSilenced = true;
}

const defaultSleep = (milliseconds: number, signal?: AbortSignal): Promise<void> =>
  delay(milliseconds, undefined, { signal });

type Failure = CallFailure & { readonly outOfTime?: boolean };

/**
 * The {@link Thinker} for every provider, over the AI SDK: structured output parsed against the
 * request's schema (JSON in a code fence or after a sentence is read first), repaired a bounded number
 * of times, transport faults retried with backoff, all within one deadline. Every failure is a
 * single-line {@link ModelError} (exit 3) naming the model, with the environment's secrets removed.
 */
export class AiSdkThinker implements Thinker {
  readonly modelName: string;
  readonly #model: LanguageModelV3;
  readonly #maxRepairs: number;
  readonly #maxRetries: number;
  readonly #stallMs: number;
  readonly #deadline: ModelDeadline;
  readonly #onNote: (text: string) => void;
  readonly #secrets: readonly string[];
  readonly #sleep: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;

  constructor(options: AiSdkThinkerOptions) {
    silenceSdkWarnings();
    this.modelName = options.modelName;
    this.#model = options.model;
    this.#maxRepairs = options.maxRepairs ?? 2;
    this.#maxRetries = options.maxRetries ?? 3;
    this.#now = options.now ?? Date.now;
    const timeouts = options.timeouts ?? { totalMs: 300_000, stallMs: 60_000 };
    this.#stallMs = timeouts.stallMs;
    this.#deadline = new ModelDeadline(timeouts.totalMs, this.#now);
    this.#onNote = options.onNote ?? (() => {});
    this.#secrets = options.secrets ?? [];
    this.#sleep = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
  }

  think<T>(request: ThinkRequest<T>): Promise<T> {
    return this.#deadline.during(() => this.#think(request));
  }

  async #think<T>(request: ThinkRequest<T>): Promise<T> {
    const calls = { count: 0 };
    let messages: ModelMessage[] | undefined;
    let problem = '';
    for (let repair = 0; repair <= this.#maxRepairs; repair++) {
      const phase = repair === 0 ? 'request' : 'repair';
      const outcome = await this.#callWithRetries(request, messages, phase, calls);
      if (outcome.ok) return outcome.value;
      const extracted = extractJson(outcome.text, (value) => request.schema.safeParse(value));
      if (extracted) return extracted.value;
      problem = describeInvalidOutput(outcome.text, request.schema);
      messages = repairMessages(request.prompt, outcome.text, problem);
    }
    throw this.#error(
      `${this.modelName} returned output that did not match the expected shape after ${plural(this.#maxRepairs + 1, 'attempt')}: ${problem}`,
      'model_output',
    );
  }

  async #callWithRetries<T>(
    request: ThinkRequest<T>,
    messages: ModelMessage[] | undefined,
    phase: 'request' | 'repair',
    calls: { count: number },
  ): Promise<CallOutcome<T>> {
    for (let retry = 0; ; retry++) {
      this.#throwIfCancelled(request.signal);
      calls.count++;
      request.onProgress?.({ attempt: calls.count, phase: retry === 0 ? phase : 'retry' });
      const failure = await this.#attempt(request, messages);
      if ('ok' in failure) return failure;
      if (!failure.retryable || failure.outOfTime) {
        throw this.#error(`${this.modelName}: ${failure.summary}`, 'model_call', failure.retryable);
      }
      if (retry >= this.#maxRetries) {
        const summary = `${this.modelName} failed after ${plural(retry + 1, 'attempt')}: ${failure.summary}`;
        throw this.#error(summary, 'model_call', true);
      }
      await this.#wait(failure, retry, request.signal);
    }
  }

  /** One call within the time left; failures are returned classified, never thrown (except cancels). */
  async #attempt<T>(
    request: ThinkRequest<T>,
    messages: ModelMessage[] | undefined,
  ): Promise<CallOutcome<T> | Failure> {
    const remaining = this.#deadline.remainingMs();
    if (remaining <= 0) return this.#outOfTime();
    const limit = new AbortController();
    const stalled = new AbortController();
    const timer = setTimeout(() => limit.abort(), remaining);
    // Only a streamed answer shows it is still coming; a whole one is bounded by the deadline alone.
    let watchdog: NodeJS.Timeout | undefined;
    const onActivity = request.onPartial
      ? () => {
          clearTimeout(watchdog);
          watchdog = setTimeout(() => stalled.abort(), this.#stallMs);
        }
      : undefined;
    onActivity?.();
    const abortSignal = AbortSignal.any([
      limit.signal,
      stalled.signal,
      ...(request.signal ? [request.signal] : []),
    ]);
    try {
      return await callModel({
        model: this.#model,
        request,
        messages,
        abortSignal,
        ...(onActivity && { onActivity }),
      });
    } catch (error) {
      this.#throwIfCancelled(request.signal);
      if (limit.signal.aborted) return this.#outOfTime();
      if (stalled.signal.aborted)
        return {
          retryable: true,
          summary: `the answer stalled: nothing new for ${formatSeconds(this.#stallMs)}`,
        };
      return classifyFailure(error, this.#now());
    } finally {
      clearTimeout(timer);
      clearTimeout(watchdog);
    }
  }

  #outOfTime(): Failure {
    return {
      retryable: true,
      outOfTime: true,
      summary: `no answer within ${formatSeconds(this.#deadline.totalMs)}, the time limit for a command (raise it with chops config set timeout or CHOPS_TIMEOUT)`,
    };
  }

  async #wait(failure: CallFailure & { retryable: true }, retry: number, signal: AbortSignal | undefined) {
    const asked = failure.retryAfterMs;
    if (asked !== undefined && asked > DEFAULT_BACKOFF.maxHonouredWaitMs) {
      throw this.#error(
        `${this.modelName}: ${failure.summary} and asked to wait ${formatSeconds(asked)} before retrying, longer than chops waits (${formatSeconds(DEFAULT_BACKOFF.maxHonouredWaitMs)}); try again later.`,
        'model_call',
        true,
      );
    }
    const wait = asked ?? backoffDelayMs(retry, this.#random);
    if (wait >= this.#deadline.remainingMs())
      throw this.#error(
        `${this.modelName}: ${failure.summary}; ${this.#outOfTime().summary}`,
        'model_call',
        true,
      );
    this.#onNote(`${failure.summary}; trying again, ${retry + 2} of ${this.#maxRetries + 1}`);
    try {
      await this.#sleep(wait, signal);
    } catch (error) {
      this.#throwIfCancelled(signal);
      throw error;
    }
  }

  #throwIfCancelled(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw new ModelError(`${this.modelName}: cancelled.`, { code: 'cancelled' });
  }

  #error(message: string, code: string, isRetryable = false): ModelError {
    return new ModelError(redactSecrets(message, this.#secrets), {
      code,
      ...(isRetryable && { isRetryable }),
    });
  }
}

function formatSeconds(milliseconds: number): string {
  return `${Math.round(milliseconds / 100) / 10} s`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
