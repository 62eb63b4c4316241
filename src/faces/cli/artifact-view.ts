import type { Artifact, Attempt } from '../../domain/artifact-record.js';
import type { Colors } from './output.js';
import { terminalSafeLine } from './terminal-text.js';

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
    ...(attempts ? { attempts: attempts.map(attemptJson) } : {}),
  };
}

/** One line per attempt: its number, whether it passed, and the first problems. */
export function attemptLine(attempt: Attempt, colors: Colors): string {
  const mark = attempt.check.passed ? colors.green('passed') : colors.red('failed');
  const problems = attempt.check.problems.slice(0, 3).map(terminalSafeLine).join('; ');
  const more = attempt.check.problems.length > 3 ? ` (+${attempt.check.problems.length - 3} more)` : '';
  return `attempt ${attempt.number}: ${mark}${problems ? ` — ${problems}${more}` : ''}`;
}
