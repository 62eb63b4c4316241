import type { JSONSchema7, LanguageModelV3Prompt, SharedV3Warning } from '@ai-sdk/provider';
import type { ChatHistoryItem } from 'node-llama-cpp';

/** A prompt as node-llama-cpp's chat session takes it: the history before, and the last user turn. */
export interface ChatTurn {
  history: ChatHistoryItem[];
  userMessage: string;
  warnings: SharedV3Warning[];
}

/**
 * Maps the AI SDK's prompt onto a chat session. Only text is supported: the local models chops
 * recommends read no images, and chops gives them no tools, so other parts are dropped with a warning.
 *
 * When a JSON schema is given it is also stated in the system message: the grammar guarantees the
 * shape, but the model writes better content when it can read what the fields mean.
 */
export function promptToChatHistory(prompt: LanguageModelV3Prompt, jsonSchema?: JSONSchema7): ChatTurn {
  const warnings: SharedV3Warning[] = [];
  const history: ChatHistoryItem[] = [];
  const dropped = new Set<string>();
  const textOf = (parts: readonly { type: string; text?: string }[]): string =>
    parts
      .flatMap((part) => {
        if (part.type === 'text') return [part.text ?? ''];
        if (part.type !== 'reasoning') dropped.add(part.type);
        return [];
      })
      .join('');

  for (const message of prompt) {
    if (message.role === 'system') history.push({ type: 'system', text: message.content });
    else if (message.role === 'user') history.push({ type: 'user', text: textOf(message.content) });
    else if (message.role === 'assistant')
      history.push({ type: 'model', response: [textOf(message.content)] });
    else dropped.add('tool');
  }
  for (const feature of dropped) {
    warnings.push({
      type: 'unsupported',
      feature: `${feature} content`,
      details: 'the local model reads text only',
    });
  }

  if (jsonSchema) {
    const instruction = `Answer with JSON only, matching this JSON schema:\n${JSON.stringify(jsonSchema)}`;
    const system = history.find((item) => item.type === 'system');
    if (system) system.text = `${String(system.text)}\n\n${instruction}`;
    else history.unshift({ type: 'system', text: instruction });
  }

  const last = history.at(-1);
  if (last?.type !== 'user') throw new Error('The local model needs a prompt that ends with a user message.');
  history.pop();
  return { history, userMessage: last.text, warnings };
}
