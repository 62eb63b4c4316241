import type { CheckResult } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { CheckOptions } from '../../../domain/ports/format-checker.js';
import type { FormatEngine } from '../format-definition.js';
import { elapsedSince, problemLine } from '../problem-text.js';
import { SandboxHost } from './sandbox-host.js';
import type { SandboxLimits } from './sandbox-run.js';

/** Limits of the js sandbox; the defaults suit small generated programs. */
export interface JsCheckerOptions {
  /** Heap limit of each isolate, in MB. */
  memoryLimitMb?: number;
  /** Wall-clock limit of one run, in ms; it bounds CPU time too, as an isolate runs on one thread. */
  timeLimitMs?: number;
  /** Console output kept, in characters; more fails the check. */
  outputLimit?: number;
  /**
   * Whether a script that asserts nothing fails. Default true: a check that checks nothing proves only
   * that the code does not throw, and the repair loop can cheaply ask the model for assertions.
   */
  requireAssertions?: boolean;
  /** The sandbox process to use; one is made (and started on the first check) when left out. */
  host?: SandboxHost;
}

/**
 * Checks JavaScript by running it in a fresh isolated-vm isolate, inside a separate sandbox process: no
 * require, process, fetch, timers or file system exist there, only the language, `console` and `assert`.
 * The code is the body of an async function, so top-level `await` works. It passes when the code runs to
 * its end, throws nothing, makes at least one assertion (see `requireAssertions`) and every one holds.
 */
export function createJsChecker(options: JsCheckerOptions = {}): FormatEngine & { dispose(): void } {
  const limits: SandboxLimits = {
    memoryLimitMb: options.memoryLimitMb ?? 64,
    timeLimitMs: options.timeLimitMs ?? 2000,
    outputLimit: options.outputLimit ?? 64 * 1024,
  };
  const requireAssertions = options.requireAssertions ?? true;
  const host = options.host ?? new SandboxHost();

  return {
    async check(content: string, checkOptions: CheckOptions = {}): Promise<CheckResult> {
      const start = performance.now();
      const outcome = await host.run(content, limits, checkOptions.signal, checkOptions.data);
      if ('failure' in outcome) {
        return {
          passed: false,
          problems: [problemLine(outcome.failure)],
          output: '',
          durationMs: elapsedSince(start),
        };
      }
      const { report } = outcome;
      const problems = [
        ...report.errors,
        ...report.failedAssertions.map((message) => `assertion failed: ${message}`),
      ];
      if (report.outputOverflow) problems.push(`console output exceeded ${limits.outputLimit} characters`);
      if (problems.length === 0 && !report.finished)
        problems.push('never finished: its top-level code did not complete');
      if (problems.length === 0 && requireAssertions && report.assertions === 0) {
        problems.push(
          'made no assertions: check the results with assert(condition, message) or assert.equal(actual, expected)',
        );
      }
      return {
        passed: problems.length === 0,
        problems: problems.map((problem) => problemLine(problem)),
        output: report.output,
        durationMs: elapsedSince(start),
      };
    },
    async render(): Promise<Uint8Array> {
      throw new UserInputError('a js artifact has no rendering: write it as .js');
    },
    dispose: () => host.dispose(),
  };
}
