import type { ModelMessage } from 'ai';
import type { z } from 'zod';
import { cleanModelText } from '../../domain/model-text.js';

// Enough of the bad answer for the model to see its mistake without doubling a long prompt.
const MAX_ECHOED_OUTPUT = 4_000;
const MAX_LISTED_ISSUES = 3;
// One parser message or schema issue, as the repair request quotes it.
const MAX_DETAIL = 300;

/** A short, one-line account of why `text` is not a valid answer for `schema`. */
export function describeInvalidOutput(text: string | undefined, schema: z.ZodType<unknown>): string {
  if (!text?.trim()) return 'the answer was empty';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `the answer is not valid JSON (${cleanModelText(detail, MAX_DETAIL)})`;
  }
  const result = schema.safeParse(value);
  if (result.success) return 'the answer could not be read as the expected object';
  const issues = result.error.issues;
  const listed = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map(
      (issue) =>
        `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${cleanModelText(issue.message, MAX_DETAIL)}`,
    );
  const more = issues.length > MAX_LISTED_ISSUES ? ` (and ${issues.length - MAX_LISTED_ISSUES} more)` : '';
  return `the answer does not match the schema: ${listed.join('; ')}${more}`;
}

/**
 * The conversation for a repair attempt: the original prompt, the model's invalid answer, and a request
 * to correct it that names the problem.
 */
export function repairMessages(
  prompt: string,
  invalidOutput: string | undefined,
  problem: string,
): ModelMessage[] {
  const echoed = (invalidOutput ?? '').slice(0, MAX_ECHOED_OUTPUT);
  return [
    { role: 'user', content: prompt },
    { role: 'assistant', content: echoed === '' ? '(empty answer)' : echoed },
    {
      role: 'user',
      content:
        `That answer cannot be used: ${problem}. ` +
        'Reply again with only the corrected JSON object, matching the requested schema exactly, and no other text.',
    },
  ];
}
