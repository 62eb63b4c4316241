import type { z } from 'zod';

/** One request for structured output: the use case says what it wants and in which shape. */
export interface ThinkRequest<T> {
  /** What the answer must look like; the answer is parsed against it, never trusted. */
  schema: z.ZodType<T>;
  /** A short name for the shape, sent to providers that want one (letters, digits, `_`). */
  schemaName: string;
  system: string;
  prompt: string;
  signal?: AbortSignal | undefined;
  /** Called as the answer arrives, for progress displays. */
  onProgress?: (event: { attempt: number; phase: 'request' | 'retry' | 'repair'; detail?: string }) => void;
  temperature?: number | undefined;
  /**
   * When set, the answer is streamed and each partial object is passed here as it grows (partials are
   * not validated; only the final answer is). Without it the answer arrives in one piece.
   */
  onPartial?: ((partial: unknown) => void) | undefined;
}

/**
 * The model as the use cases see it: schema in, validated object out. Implemented once over the AI SDK
 * for every provider; tests drive the same implementation with a mock language model.
 */
export interface Thinker {
  /** `provider:model`, as the person named it. */
  readonly modelName: string;
  think<T>(request: ThinkRequest<T>): Promise<T>;
}
