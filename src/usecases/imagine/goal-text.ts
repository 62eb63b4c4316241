import { UserInputError } from '../../domain/errors/index.js';
import { characterCount } from '../../domain/model-text.js';

const maxGoalLength = 2000;

/** A goal as the person wrote it, checked: not empty, no control characters, bounded. */
export function cleanGoal(raw: string): string {
  if (/[\p{Cc}](?<![\n\t\r])/u.test(raw))
    throw new UserInputError('the goal must not contain control characters');
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text === '') throw new UserInputError('the goal is empty: say what you want to make or find out');
  const length = characterCount(text);
  if (length > maxGoalLength) {
    throw new UserInputError(
      `the goal is ${length.toLocaleString('en')} characters; keep it under ${maxGoalLength.toLocaleString('en')} (a sentence or two)`,
    );
  }
  return text;
}
