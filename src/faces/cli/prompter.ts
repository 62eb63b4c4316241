import * as clack from '@clack/prompts';
import { UserInputError } from '../../domain/errors/index.js';
import type { CliIo } from './cli-context.js';

/** Thrown when the person cancels a question (Esc or Ctrl-C); nothing further is asked. */
export class PromptCancelled extends UserInputError {
  constructor() {
    super('cancelled');
  }
}

/** The terminal conversation, over the CLI's own streams so that it can be driven in tests. */
export class Prompter {
  constructor(private readonly io: CliIo) {}

  private get streams() {
    return { input: this.io.stdin, output: this.io.stdout };
  }

  intro(title: string): void {
    clack.intro(title, this.streams);
  }

  outro(message: string): void {
    clack.outro(message, this.streams);
  }

  note(message: string, title?: string): void {
    clack.note(message, title, this.streams);
  }

  info(message: string): void {
    clack.log.info(message, this.streams);
  }

  error(message: string): void {
    clack.log.error(message, this.streams);
  }

  /** A line of text; with `signal`, an abort (a time limit) ends the question with what was typed so far ('' if cancelled). */
  async text(
    message: string,
    options: { placeholder?: string; initial?: string; required?: boolean; signal?: AbortSignal } = {},
  ) {
    const answer = await clack.text({
      message,
      ...this.streams,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.placeholder ? { placeholder: options.placeholder } : {}),
      ...(options.initial ? { initialValue: options.initial } : {}),
      validate: (value) =>
        options.required && !value?.trim() ? 'Please answer, or press Esc to stop.' : undefined,
    });
    if (clack.isCancel(answer)) {
      if (options.signal?.aborted) return '';
      throw new PromptCancelled();
    }
    return answer.trim();
  }

  /** A comma-separated answer, as a list. */
  async list(message: string, options: { placeholder?: string; required?: boolean } = {}): Promise<string[]> {
    const answer = await this.text(message, options);
    return answer
      .split(/[,;]/)
      .map((item) => item.trim())
      .filter(Boolean);
  }

  /** Ticks in grouped lists (space ticks, Enter confirms); an empty answer is allowed. */
  async tick(
    message: string,
    groups: readonly { name: string; items: readonly string[] }[],
  ): Promise<string[]> {
    const answer = await clack.groupMultiselect<string>({
      message,
      ...this.streams,
      required: false,
      options: Object.fromEntries(
        groups.map((g) => [g.name, g.items.map((item) => ({ value: item, label: item }))]),
      ),
    });
    if (clack.isCancel(answer)) throw new PromptCancelled();
    return answer;
  }

  async choose<T extends string>(
    message: string,
    choices: { value: T; label: string; hint?: string | undefined }[],
  ): Promise<T> {
    const answer = await clack.select<T>({
      message,
      ...this.streams,
      options: choices.map((c) => ({
        value: c.value,
        label: c.label,
        ...(c.hint ? { hint: c.hint } : {}),
      })) as never,
    });
    if (clack.isCancel(answer)) throw new PromptCancelled();
    return answer as T;
  }

  /** Several of `choices` (space toggles, Enter confirms); all are ticked to begin with. */
  async chooseMany<T extends string>(
    message: string,
    choices: { value: T; label: string; hint?: string | undefined }[],
  ): Promise<T[]> {
    const answer = await clack.multiselect<T>({
      message,
      ...this.streams,
      required: false,
      initialValues: choices.map((c) => c.value),
      options: choices.map((c) => ({
        value: c.value,
        label: c.label,
        ...(c.hint ? { hint: c.hint } : {}),
      })) as never,
    });
    if (clack.isCancel(answer)) throw new PromptCancelled();
    return answer as T[];
  }
}
