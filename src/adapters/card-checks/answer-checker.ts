import type { CheckResult } from '../../domain/artifact.js';
import type { AnswerChecker } from '../../domain/ports/answer-checker.js';
import type { ArtifactFormats } from '../../domain/ports/format-checker.js';
import { completeAnswer, conditionProblems } from '../music/music-condition.js';

/**
 * Answers checked with the artifact checks chops already has: a js answer runs, followed by the card's
 * tests, in the same sandbox as any artifact (so a hostile answer is contained like one); an abc answer
 * must pass the ABC check and the card's musical condition; a vega-lite answer must validate.
 */
export function createAnswerChecker(formats: ArtifactFormats): AnswerChecker {
  return {
    cardCheckGuide: (format) => (formats.has(format) ? formats.get(format).cardCheckGuide : undefined),
    async check(check, answer, options = {}) {
      const signal = options.signal ? { signal: options.signal } : {};
      if (check.format === 'js') {
        // The tests follow on their own line: a trailing comment in the answer cannot swallow them.
        return formats.get('js').check(`${answer}\n;\n${check.tests}\n`, signal);
      }
      if (check.format === 'vega-lite') return formats.get('vega-lite').check(answer, signal);
      const start = performance.now();
      const abc = completeAnswer(answer, check.condition);
      const notation = await formats.get('abc').check(abc, signal);
      const musical = notation.passed ? await conditionProblems(abc, check.condition) : [];
      const problems = [...notation.problems, ...musical];
      const result: CheckResult = {
        passed: problems.length === 0,
        problems,
        output: abc,
        durationMs: Math.round(performance.now() - start),
      };
      return result;
    },
  };
}
