import type { Ability } from '../../domain/ability.js';
import type { LearnResult } from '../../usecases/learn/learn.js';

/** What `chops learn --json` prints: the tricks saved with their cards, and what was skipped. */
export function learnedJson(result: LearnResult, abilityOf: (id: string) => Ability | undefined) {
  return {
    tricks: result.saved.map(({ trick, cards }) => ({
      id: trick.id,
      name: trick.name,
      ability: abilityOf(trick.abilityId)?.name ?? null,
      explanation: trick.explanation,
      example: trick.example,
      cards: cards.map((c) => ({
        id: c.id,
        kind: c.kind,
        prompt: c.prompt,
        answer: c.answer,
        ...(c.check ? { check: c.check } : {}),
        ...(c.formatCheck ? { formatCheck: c.formatCheck } : {}),
      })),
    })),
    skipped: result.skipped.map((s) => s.trick.name),
    nowLearning: result.nowLearning.map((a) => a.name),
    declined: result.declined.map((a) => a.name),
    repaired: result.repaired,
    dropped: result.dropped,
    nothingToLearn: result.nothingToLearn ?? null,
    checks: result.checks ?? null,
  };
}
