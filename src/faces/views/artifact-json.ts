import type { Artifact, Attempt } from '../../domain/artifact-record.js';

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

/** An artifact as `--json` and the HTTP API show it, with its attempts when they are given. */
export function artifactJson(artifact: Artifact, attempts?: readonly Attempt[]) {
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
    ...(attempts ? { attempts: attempts.map(attemptJson) } : {}),
  };
}
