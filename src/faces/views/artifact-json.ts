import type { Ability } from '../../domain/ability.js';
import type { Artifact, Attempt } from '../../domain/artifact-record.js';
import type { Card } from '../../domain/practice/card.js';
import type { Trick } from '../../domain/practice/trick.js';
import { trickJson } from './learn-json.js';

export function attemptJson(attempt: Attempt) {
  return {
    number: attempt.number,
    passed: attempt.check.passed,
    problems: attempt.check.problems,
    durationMs: Math.round(attempt.check.durationMs * 10) / 10,
    content: attempt.content,
    output: attempt.check.output ?? null,
    createdAt: attempt.createdAt.toISOString(),
  };
}

/** An artifact as `chops artifacts --json` and GET /api/artifacts list it. */
export function artifactJson(artifact: Artifact) {
  return {
    id: artifact.id,
    ideaId: artifact.ideaId,
    format: artifact.format,
    title: artifact.title,
    passed: artifact.passed,
    abilities: artifact.abilities.map((a) => ({ name: a.name, status: a.status, how: a.how })),
    model: artifact.model,
    createdAt: artifact.createdAt.toISOString(),
    dataFiles: artifact.dataFiles ?? [],
  };
}

/**
 * One artifact in full, as `chops artifact --json` prints it and GET /api/artifacts/:id answers: every
 * attempt, the tricks already learned from it (in the shape learn answers), and the attempt shown (the
 * last unless `--attempt` asked for another; null when it has none).
 */
export function artifactDetailJson(
  artifact: Artifact,
  attempts: readonly Attempt[],
  learned: readonly { trick: Trick; cards: readonly Card[] }[],
  abilityOf: (id: string) => Ability | undefined,
  shown?: Attempt,
) {
  return {
    ...artifactJson(artifact),
    attempts: attempts.map(attemptJson),
    tricks: learned.map((each) => trickJson(each, abilityOf)),
    shown: (shown ?? attempts.at(-1))?.number ?? null,
  };
}
