import type { Attempt } from '../../domain/artifact-record.js';
import type { Colors } from './output.js';
import { terminalSafeLine } from './terminal-text.js';

/** One line per attempt: its number, whether it passed, and the first problems. */
export function attemptLine(attempt: Attempt, colors: Colors): string {
  const mark = attempt.check.passed ? colors.green('passed') : colors.red('failed');
  const problems = attempt.check.problems.slice(0, 3).map(terminalSafeLine).join('; ');
  const more = attempt.check.problems.length > 3 ? ` (+${attempt.check.problems.length - 3} more)` : '';
  return `attempt ${attempt.number}: ${mark}${problems ? ` — ${problems}${more}` : ''}`;
}
