import type { CheckResult } from '../artifact.js';
import type { CardCheck } from '../practice/card-check.js';

/**
 * Checks a person's answer to a checked apply card in the card's format. Like a format check it never
 * throws for a bad answer: every way it is wrong becomes a failed result with problems.
 */
export interface AnswerChecker {
  check(check: CardCheck, answer: string, options?: { signal?: AbortSignal }): Promise<CheckResult>;
  /**
   * How an apply card of a trick in `format` can carry a check, as the teacher is told (the format's own
   * `cardCheckGuide`); undefined for a format whose cards cannot be checked.
   */
  cardCheckGuide(format: string): string | undefined;
}
