import type { LanguageModelV3 } from '@ai-sdk/provider';
import { generateText, type ModelMessage, NoObjectGeneratedError, Output, streamText } from 'ai';
import type { ThinkRequest } from '../../domain/ports/thinker.js';

/** The outcome of one call that reached the model: an object, or an answer that is not one. */
export type CallOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly text: string | undefined; readonly error: NoObjectGeneratedError };

/** One model call as the thinker makes it: no SDK retries, the schema as structured output. */
interface ModelCall<T> {
  readonly model: LanguageModelV3;
  readonly request: ThinkRequest<T>;
  /** Replaces `request.prompt` on repair attempts. */
  readonly messages?: ModelMessage[] | undefined;
  readonly abortSignal: AbortSignal;
  /** Called whenever a streamed answer grows, for the stall watchdog. */
  readonly onActivity?: (() => void) | undefined;
}

/**
 * Makes one call, streamed when the request wants partial objects. Transport failures are thrown as the
 * SDK reports them; an answer that is not valid JSON for the schema comes back as `ok: false`.
 */
export async function callModel<T>(call: ModelCall<T>): Promise<CallOutcome<T>> {
  const { request } = call;
  const settings = {
    model: call.model,
    system: request.system,
    ...(call.messages ? { messages: call.messages } : { prompt: request.prompt }),
    output: Output.object({ schema: request.schema, name: request.schemaName }),
    // Retries are ours: the SDK's would ignore our backoff, our cap on retry-after and our progress events.
    maxRetries: 0,
    abortSignal: call.abortSignal,
    ...(request.temperature !== undefined && { temperature: request.temperature }),
    // A provider's own call options (OpenAI's `store: false`) come with its model: see its descriptor.
  };
  try {
    if (!request.onPartial) {
      const result = await generateText(settings);
      return { ok: true, value: result.output as T };
    }
    return { ok: true, value: await streamObject(settings, request.onPartial, call.onActivity) };
  } catch (error) {
    if (NoObjectGeneratedError.isInstance(error)) return { ok: false, text: error.text, error };
    throw error;
  }
}

async function streamObject<T>(
  settings: Parameters<typeof streamText>[0],
  onPartial: (partial: unknown) => void,
  onActivity: (() => void) | undefined,
): Promise<T> {
  // streamText reports transport errors through onError and then rejects `output` with a generic
  // NoOutputGeneratedError; keeping the first error lets the retry policy see the real status.
  let streamError: unknown;
  const result = streamText({
    ...settings,
    onError: ({ error }) => {
      streamError ??= error;
    },
  });
  for await (const partial of result.partialOutputStream) {
    onActivity?.();
    onPartial(partial);
  }
  try {
    return (await result.output) as T;
  } catch (error) {
    throw streamError ?? error;
  }
}
