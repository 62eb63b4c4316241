import type { CheckResult } from '../artifact.js';
import type { CardCheck } from '../practice/card-check.js';

/**
 * Checks a person's answer to a checked apply card in the card's format. Like a format check it never
 * throws for a bad answer: every way it is wrong becomes a failed result with problems.
 */
export interface AnswerChecker {
  check(check: CardCheck, answer: string, options?: { signal?: AbortSignal }): Promise<CheckResult>;
}
