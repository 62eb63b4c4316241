import type { LanguageModelV3CallOptions, SharedV3Warning } from '@ai-sdk/provider';
import type { LLamaChatPromptOptions } from 'node-llama-cpp';

/** The sampling part of node-llama-cpp's prompt options that the AI SDK's call options can set. */
export type SamplingSettings = Pick<
  LLamaChatPromptOptions,
  'maxTokens' | 'temperature' | 'topP' | 'topK' | 'seed' | 'customStopTriggers' | 'repeatPenalty'
>;

/**
 * Translates the AI SDK's call settings into node-llama-cpp's. Unset settings stay unset, so the
 * engine's defaults apply (temperature 0: greedy, which keeps grammar-constrained JSON tidy).
 */
export function callSettings(options: LanguageModelV3CallOptions): {
  settings: SamplingSettings;
  warnings: SharedV3Warning[];
} {
  const warnings: SharedV3Warning[] = [];
  const settings: SamplingSettings = {};
  if (options.maxOutputTokens !== undefined) settings.maxTokens = options.maxOutputTokens;
  if (options.temperature !== undefined) settings.temperature = options.temperature;
  if (options.topP !== undefined) settings.topP = options.topP;
  if (options.topK !== undefined) settings.topK = options.topK;
  if (options.seed !== undefined) settings.seed = options.seed;
  if (options.stopSequences?.length) settings.customStopTriggers = options.stopSequences;
  if (options.presencePenalty !== undefined || options.frequencyPenalty !== undefined) {
    settings.repeatPenalty = {
      ...(options.presencePenalty !== undefined && { presencePenalty: options.presencePenalty }),
      ...(options.frequencyPenalty !== undefined && { frequencyPenalty: options.frequencyPenalty }),
    };
  }
  if (options.tools?.length) {
    warnings.push({ type: 'unsupported', feature: 'tools', details: 'the local model calls no tools' });
  }
  return { settings, warnings };
}
