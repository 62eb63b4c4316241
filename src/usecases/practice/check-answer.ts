import type { AnswerChecker } from '../../domain/ports/answer-checker.js';
import type { Card } from '../../domain/practice/card.js';
import { describeCheck } from '../../domain/practice/card-check.js';
import type { ProposedGrade } from './grade-answer.js';

/**
 * The rating a checked apply card's check proposes for an answer: good when it passes, again when it
 * fails, with the check's problems. The person may still rate otherwise. Undefined for a card without
 * a check or an empty answer (nothing to run).
 */
export async function checkAnswer(
  input: { card: Pick<Card, 'formatCheck'>; answer: string; signal?: AbortSignal | undefined },
  deps: { answerChecker: AnswerChecker },
): Promise<ProposedGrade | undefined> {
  const check = input.card.formatCheck;
  if (!check || input.answer.trim() === '') return undefined;
  const result = await deps.answerChecker.check(
    check,
    input.answer,
    input.signal ? { signal: input.signal } : {},
  );
  return {
    rating: result.passed ? 'good' : 'again',
    reason: result.passed
      ? `passed: ${describeCheck(check)}`
      : `failed: ${result.problems[0] ?? 'the check failed'}`,
    by: 'check',
    problems: result.problems,
  };
}
