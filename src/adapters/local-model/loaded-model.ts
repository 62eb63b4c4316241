import type { JSONSchema7, SharedV3Warning } from '@ai-sdk/provider';
import type {
  ChatWrapper,
  LlamaChatSession as LlamaChatSessionType,
  LlamaContext,
  LlamaContextSequence,
  LlamaGrammar,
  LlamaModel,
} from 'node-llama-cpp';
import { ModelError } from '../../domain/errors/index.js';
import type { SamplingSettings } from './call-settings.js';
import { sharedLlama } from './llama-engine.js';
import type { ChatTurn } from './prompt-to-chat-history.js';

/** How to load a local model; unset values let node-llama-cpp decide from the machine. */
export interface LocalModelOptions {
  /** CPU threads for generation. One thread is fastest for tiny models; big ones want all cores. */
  threads?: number;
  /** Tokens the context holds (prompt + answer). Default: up to 8192, less if memory is short. */
  contextSize?: number;
}

/** One generation request, already translated into node-llama-cpp's terms. */
export interface GenerationRequest {
  turn: ChatTurn;
  /** A schema constrains the output to it; `'any-json'` to any JSON; undefined leaves it free. */
  json?: JSONSchema7 | 'any-json';
  settings: SamplingSettings;
  signal: AbortSignal;
  onTextChunk?: (text: string) => void;
}

/** What the engine produced, before it is dressed as an AI SDK result. */
export interface GenerationResult {
  text: string;
  stopReason: string;
  inputTokens: number;
  outputTokens: number;
  warnings: SharedV3Warning[];
}

const grammarCacheLimit = 32;

let modelsLoaded = 0;

/** How many times this process has loaded a GGUF file: one per model, however many calls it serves. */
export function localModelLoads(): number {
  return modelsLoaded;
}

interface CachedGrammar {
  grammar: LlamaGrammar;
  warning?: SharedV3Warning;
}

/**
 * A GGUF model loaded with its context. It has one context sequence, so generations take turns: the
 * engine is CPU-bound and running two at once would only make both slower. Keeping the sequence
 * between calls lets llama.cpp reuse the evaluated prefix when prompts share a system message.
 */
export class LoadedModel {
  private readonly grammars = new Map<string, Promise<CachedGrammar>>();
  private chatWrapper: ChatWrapper | undefined;
  private turns: Promise<void> = Promise.resolve();

  private constructor(
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    private readonly sequence: LlamaContextSequence,
    private readonly LlamaChatSession: typeof LlamaChatSessionType,
  ) {}

  /** Loads the engine (once per process), then this model and a context for it. */
  static async load(modelPath: string, options: LocalModelOptions): Promise<LoadedModel> {
    const llama = await sharedLlama();
    const { LlamaChatSession } = await import('node-llama-cpp');
    let model: LlamaModel | undefined;
    try {
      model = await llama.loadModel({ modelPath });
      const context = await model.createContext({
        contextSize: options.contextSize ?? { min: 1024, max: 8192 },
        ...(options.threads !== undefined && { threads: options.threads }),
        sequences: 1,
      });
      modelsLoaded++;
      return new LoadedModel(model, context, context.getSequence(), LlamaChatSession);
    } catch (error) {
      await model?.dispose();
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new ModelError(`Could not load the local model ${modelPath}: ${reason}`, {
        cause: error,
        code: 'local_model_load',
      });
    }
  }

  /** Runs one generation once the previous ones are done; rejects at once if `signal` aborts. */
  async generate(request: GenerationRequest): Promise<GenerationResult> {
    let finished!: () => void;
    const previous = this.turns;
    const done = new Promise<void>((resolve) => {
      finished = resolve;
    });
    // Chain on `previous` as well, so a caller who gives up while waiting does not jump the queue.
    this.turns = previous.then(() => done);
    try {
      await untilAborted(previous, request.signal);
      return await this.generateNow(request);
    } finally {
      finished();
    }
  }

  private async generateNow({ turn, json, settings, signal, onTextChunk }: GenerationRequest) {
    const warnings: SharedV3Warning[] = [];
    const grammar = json === undefined ? undefined : await this.grammarFor(json, warnings);
    const session = new this.LlamaChatSession({
      contextSequence: this.sequence,
      autoDisposeSequence: false,
      chatWrapper: this.chatWrapper ?? 'auto',
    });
    this.chatWrapper ??= session.chatWrapper;
    try {
      session.setChatHistory(turn.history);
      const meterBefore = this.sequence.tokenMeter.getState();
      const result = await session.promptWithMeta(turn.userMessage, {
        ...settings,
        ...(grammar && { grammar }),
        signal,
        onTextChunk: (text) => {
          if (text !== '') onTextChunk?.(text);
        },
      });
      const used = this.sequence.tokenMeter.diff(meterBefore);
      return {
        text: result.responseText,
        stopReason: result.stopReason,
        inputTokens: used.usedInputTokens,
        outputTokens: used.usedOutputTokens,
        warnings,
      };
    } finally {
      session.dispose({ disposeSequence: false });
    }
  }

  private async grammarFor(
    json: JSONSchema7 | 'any-json',
    warnings: SharedV3Warning[],
  ): Promise<LlamaGrammar> {
    const key = json === 'any-json' ? json : JSON.stringify(json);
    let entry = this.grammars.get(key);
    if (!entry) {
      entry = this.buildGrammar(json);
      if (this.grammars.size >= grammarCacheLimit) this.grammars.delete(this.grammars.keys().next().value!);
      this.grammars.set(key, entry);
    }
    const { grammar, warning } = await entry;
    if (warning) warnings.push(warning);
    return grammar;
  }

  private async buildGrammar(json: JSONSchema7 | 'any-json'): Promise<CachedGrammar> {
    const llama = this.model.llama;
    if (json === 'any-json') return { grammar: await llama.getGrammarFor('json') };
    try {
      return { grammar: await llama.createGrammarForJsonSchema(json as never) };
    } catch (error) {
      // A schema the grammar builder cannot express still gets JSON; the caller's schema validation then
      // decides, as it does for every provider.
      const message = `JSON schema not enforced by the grammar (${String(error)}); any JSON allowed`;
      return { grammar: await llama.getGrammarFor('json'), warning: { type: 'other', message } };
    }
  }

  /** Frees the context and the model (the engine stays loaded for the rest of the process). */
  async dispose(): Promise<void> {
    await this.context.dispose();
    await this.model.dispose();
  }
}

function untilAborted(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, reject);
  });
}
