import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3FinishReason,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3Usage,
} from '@ai-sdk/provider';
import { callSettings } from './call-settings.js';
import { disposeOnExit } from './exit-disposal.js';
import {
  type GenerationRequest,
  type GenerationResult,
  LoadedModel,
  type LocalModelOptions,
} from './loaded-model.js';
import { promptToChatHistory } from './prompt-to-chat-history.js';

/**
 * An AI SDK language model that runs a GGUF file in this process with node-llama-cpp, so every use
 * case works with it unchanged. With `responseFormat: { type: 'json', schema }` the output is
 * constrained by a grammar built from the schema.
 *
 * Nothing is loaded until the first call; the model then stays loaded until {@link dispose} (or process
 * exit). Disposing while a call runs aborts it.
 */
export class LocalLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'local';
  /** Local models read no URLs: the AI SDK downloads any file parts itself (and we drop them). */
  readonly supportedUrls = {};
  private loading: Promise<LoadedModel> | undefined;
  private readonly inFlight = new Set<AbortController>();
  private unregister: (() => void) | undefined;

  constructor(
    /** The model's name as the person gave it (a models-folder name or a path). */
    readonly modelId: string,
    /** The GGUF file. */
    readonly modelPath: string,
    private readonly options: LocalModelOptions = {},
  ) {}

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const request = this.prepare(options);
    const loaded = await this.load();
    const result = await this.run(options.abortSignal, (signal) => loaded.generate({ ...request, signal }));
    return {
      content: result.text === '' ? [] : [{ type: 'text', text: result.text }],
      finishReason: finishReason(result.stopReason),
      usage: usage(result),
      warnings: [...request.turn.warnings, ...request.warnings, ...result.warnings],
      response: { modelId: this.modelId },
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const request = this.prepare(options);
    const loaded = await this.load();
    const consumerGone = new AbortController();
    const textId = 'text-0';
    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      start: (controller) => {
        controller.enqueue({
          type: 'stream-start',
          warnings: [...request.turn.warnings, ...request.warnings],
        });
        controller.enqueue({ type: 'response-metadata', modelId: this.modelId });
        let started = false;
        const signal = AbortSignal.any([
          consumerGone.signal,
          ...(options.abortSignal ? [options.abortSignal] : []),
        ]);
        this.run(signal, (linked) =>
          loaded.generate({
            ...request,
            signal: linked,
            onTextChunk: (delta) => {
              if (!started) controller.enqueue({ type: 'text-start', id: textId });
              started = true;
              controller.enqueue({ type: 'text-delta', id: textId, delta });
            },
          }),
        ).then(
          (result) => {
            if (started) controller.enqueue({ type: 'text-end', id: textId });
            controller.enqueue({
              type: 'finish',
              finishReason: finishReason(result.stopReason),
              usage: usage(result),
            });
            controller.close();
          },
          (error: unknown) => {
            if (!consumerGone.signal.aborted) controller.error(error);
          },
        );
      },
      cancel: (reason) => consumerGone.abort(reason),
    });
    return { stream };
  }

  /** Frees the model and its context; a later call loads them again. */
  async dispose(): Promise<void> {
    const loading = this.loading;
    this.loading = undefined;
    this.unregister?.();
    this.abortAll();
    await (await loading?.catch(() => undefined))?.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }

  /** Aborts every generation in flight (used on dispose and on process exit). */
  abortAll(): void {
    for (const controller of this.inFlight)
      controller.abort(new DOMException('The local model was disposed.', 'AbortError'));
  }

  private prepare(options: LanguageModelV3CallOptions): Omit<GenerationRequest, 'signal'> & {
    warnings: GenerationResult['warnings'];
  } {
    const format = options.responseFormat;
    const json = format?.type === 'json' ? (format.schema ?? 'any-json') : undefined;
    const turn = promptToChatHistory(options.prompt, typeof json === 'object' ? json : undefined);
    const { settings, warnings } = callSettings(options);
    return { turn, settings, warnings, ...(json !== undefined && { json }) };
  }

  private load(): Promise<LoadedModel> {
    if (!this.loading) {
      this.loading = LoadedModel.load(this.modelPath, this.options);
      this.loading.then(
        () => {
          this.unregister = disposeOnExit(this);
        },
        () => {
          this.loading = undefined;
        },
      );
    }
    return this.loading;
  }

  /** Runs `generate` with a signal that aborts when the caller's does or when we are disposed. */
  private async run<T>(callerSignal: AbortSignal | undefined, generate: (signal: AbortSignal) => Promise<T>) {
    const controller = new AbortController();
    this.inFlight.add(controller);
    const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;
    try {
      return await generate(signal);
    } finally {
      this.inFlight.delete(controller);
    }
  }
}

function finishReason(stopReason: string): LanguageModelV3FinishReason {
  const unified =
    stopReason === 'maxTokens'
      ? 'length'
      : stopReason === 'functionCalls'
        ? 'tool-calls'
        : stopReason === 'abort'
          ? 'other'
          : 'stop';
  return { unified, raw: stopReason };
}

function usage(result: GenerationResult): LanguageModelV3Usage {
  return {
    // The meter counts tokens evaluated in this call; a prefix reused from the previous call is not
    // among them, so the cache split is unknown.
    inputTokens: {
      total: result.inputTokens,
      noCache: undefined,
      cacheRead: undefined,
      cacheWrite: undefined,
    },
    outputTokens: { total: result.outputTokens, text: result.outputTokens, reasoning: undefined },
  };
}
