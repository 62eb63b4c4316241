import { setTimeout as delay } from 'node:timers/promises';
import type { ModelMessage } from 'ai';
import { ModelError } from '../../domain/errors/index.js';
import type { Thinker, ThinkRequest } from '../../domain/ports/thinker.js';
import { type CallOutcome, callModel } from './model-call.js';
import type { LanguageModelV3 } from './model-types.js';
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
  /** Per attempt, the whole (streamed) answer included; default 120 s. */
  timeoutMs?: number;
  /** Waits between attempts; must reject when `signal` aborts. Injected by tests. */
  sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  /** In [0, 1), for backoff jitter. */
  random?: () => number;
  /** Milliseconds since the epoch, for `retry-after` dates. */
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

/**
 * The {@link Thinker} for every provider, over the AI SDK: structured output parsed against the
 * request's schema, repaired a bounded number of times, transport faults retried with backoff. Every
 * failure is a single-line {@link ModelError} (exit 3) naming the model.
 */
export class AiSdkThinker implements Thinker {
  readonly modelName: string;
  readonly #model: LanguageModelV3;
  readonly #maxRepairs: number;
  readonly #maxRetries: number;
  readonly #timeoutMs: number;
  readonly #sleep: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;

  constructor(options: AiSdkThinkerOptions) {
    silenceSdkWarnings();
    this.modelName = options.modelName;
    this.#model = options.model;
    this.#maxRepairs = options.maxRepairs ?? 2;
    this.#maxRetries = options.maxRetries ?? 3;
    this.#timeoutMs = options.timeoutMs ?? 120_000;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
  }

  async think<T>(request: ThinkRequest<T>): Promise<T> {
    const calls = { count: 0 };
    let messages: ModelMessage[] | undefined;
    let problem = '';
    for (let repair = 0; repair <= this.#maxRepairs; repair++) {
      const phase = repair === 0 ? 'request' : 'repair';
      const outcome = await this.#callWithRetries(request, messages, phase, calls);
      if (outcome.ok) return outcome.value;
      problem = describeInvalidOutput(outcome.text, request.schema);
      messages = repairMessages(request.prompt, outcome.text, problem);
    }
    throw new ModelError(
      `${this.modelName} returned output that did not match the expected shape after ${plural(this.#maxRepairs + 1, 'attempt')}: ${problem}`,
      { code: 'model_output' },
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
      if (!failure.retryable) {
        throw new ModelError(`${this.modelName}: ${failure.summary}`, { code: 'model_call' });
      }
      if (retry >= this.#maxRetries) {
        const summary = `${this.modelName} failed after ${plural(retry + 1, 'attempt')}: ${failure.summary}`;
        throw new ModelError(summary, { code: 'model_call', isRetryable: true });
      }
      await this.#wait(failure, retry, request.signal);
    }
  }

  /** One call with its own timeout; failures are returned classified, never thrown (except cancels). */
  async #attempt<T>(
    request: ThinkRequest<T>,
    messages: ModelMessage[] | undefined,
  ): Promise<CallOutcome<T> | CallFailure> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.#timeoutMs);
    const abortSignal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
    try {
      return await callModel({ model: this.#model, request, messages, abortSignal });
    } catch (error) {
      this.#throwIfCancelled(request.signal);
      if (timeout.signal.aborted) {
        return { retryable: true, summary: `no answer within ${formatSeconds(this.#timeoutMs)}` };
      }
      return classifyFailure(error, this.#now());
    } finally {
      clearTimeout(timer);
    }
  }

  async #wait(
    failure: CallFailure & { retryable: true },
    retry: number,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const asked = failure.retryAfterMs;
    if (asked !== undefined && asked > DEFAULT_BACKOFF.maxHonouredWaitMs) {
      throw new ModelError(
        `${this.modelName}: ${failure.summary} and asked to wait ${formatSeconds(asked)} before retrying, longer than chops waits (${formatSeconds(DEFAULT_BACKOFF.maxHonouredWaitMs)}); try again later.`,
        { code: 'model_call', isRetryable: true },
      );
    }
    try {
      await this.#sleep(asked ?? backoffDelayMs(retry, this.#random), signal);
    } catch (error) {
      this.#throwIfCancelled(signal);
      throw error;
    }
  }

  #throwIfCancelled(signal: AbortSignal | undefined): void {
    if (signal?.aborted) throw new ModelError(`${this.modelName}: cancelled.`, { code: 'cancelled' });
  }
}

function formatSeconds(milliseconds: number): string {
  return `${Math.round(milliseconds / 100) / 10} s`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
