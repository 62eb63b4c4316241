import type { Ability } from '../../domain/ability.js';
import type { Card } from '../../domain/practice/card.js';
import type { Trick } from '../../domain/practice/trick.js';
import type { LearnResult } from '../../usecases/learn/learn.js';

/** A trick with its cards, as learn's answer and an artifact's page show it. */
export function trickJson(
  { trick, cards }: { trick: Trick; cards: readonly Card[] },
  abilityOf: (id: string) => Ability | undefined,
) {
  return {
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
  };
}

/** What `chops learn --json` prints and POST /api/learn answers: the tricks saved with their cards, and what was skipped. */
export function learnedJson(result: LearnResult, abilityOf: (id: string) => Ability | undefined) {
  return {
    tricks: result.saved.map((saved) => trickJson(saved, abilityOf)),
    skipped: result.skipped.map((s) => s.trick.name),
    nowLearning: result.nowLearning.map((a) => a.name),
    declined: result.declined.map((a) => a.name),
    repaired: result.repaired,
    dropped: result.dropped,
    nothingToLearn: result.nothingToLearn ?? null,
    checks: result.checks ?? null,
  };
}
