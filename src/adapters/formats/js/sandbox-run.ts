import { randomBytes } from 'node:crypto';
import { cutText } from '../../../domain/model-text.js';
import { sandboxRuntimeSource } from './sandbox-runtime.js';

/** Limits of one sandboxed run. */
export interface SandboxLimits {
  memoryLimitMb: number;
  timeLimitMs: number;
  outputLimit: number;
}

/** What one run reported: plain data, so it can cross from the sandbox process as a message. */
export interface SandboxReport {
  output: string;
  outputOverflow: boolean;
  assertions: number;
  failedAssertions: string[];
  /** Syntax errors, uncaught errors, and why the isolate stopped (memory, time). */
  errors: string[];
  /** Whether the code ran to its end (its top-level promise settled without error). */
  finished: boolean;
}

type IsolatedVm = typeof import('isolated-vm');
let isolatedVm: Promise<IsolatedVm> | undefined;
const loadIsolatedVm = () => {
  isolatedVm ??= import('isolated-vm').then((module) => (module.default ?? module) as IsolatedVm);
  return isolatedVm;
};

/**
 * Runs untrusted code in a fresh isolate with the given limits. Meant to run in the sandbox process
 * (sandbox-process.ts), because a few hostile programs can keep an isolate's thread busy past disposal;
 * the parent then kills the whole process.
 */
export async function runInIsolate(
  content: string,
  limits: SandboxLimits,
  data?: unknown,
): Promise<SandboxReport> {
  const report: SandboxReport = {
    output: '',
    outputOverflow: false,
    assertions: 0,
    failedAssertions: [],
    errors: [],
    finished: false,
  };
  const ivm = await loadIsolatedVm();
  const isolate = new ivm.Isolate({ memoryLimit: limits.memoryLimitMb });
  // ivm's own timeout stops running code; this also ends a run left waiting on a promise that never settles.
  let stopped: 'busy' | 'waiting' | undefined;
  const watchdog = setTimeout(() => {
    stopped = stopKind(Number(isolate.cpuTime) / 1e6, limits.timeLimitMs);
    if (!isolate.isDisposed) isolate.dispose();
  }, limits.timeLimitMs + 250);
  try {
    const context = await isolate.createContext();
    const global = context.global;
    await global.set('__chops_source', content);
    await global.set('__chops_data', new ivm.ExternalCopy(data ?? null).copyInto());
    await global.set(
      '__chops_log',
      new ivm.Callback((level: unknown, text: unknown) => log(report, limits, level, text)),
    );
    await global.set(
      '__chops_assertion',
      new ivm.Callback((holds: unknown, message: unknown) => {
        report.assertions += 1;
        if (holds !== true && report.failedAssertions.length < 5)
          report.failedAssertions.push(bounded(message));
      }),
    );
    await global.set(
      '__chops_error',
      new ivm.Callback((kind: unknown, message: unknown) => {
        if (report.errors.length < 5)
          report.errors.push(`${kind === 'syntax' ? 'syntax error' : 'uncaught'}: ${bounded(message)}`);
      }),
    );
    await global.set('__chops_now', new ivm.Callback(() => performance.now()));
    await global.set(
      '__chops_random',
      new ivm.Callback((count: unknown) => [
        ...randomBytes(Math.min(65536, Math.max(0, Number(count) || 0))),
      ]),
    );
    await global.set(
      '__chops_finish',
      new ivm.Callback(() => {
        report.finished = true;
      }),
    );
    const script = await isolate.compileScript(sandboxRuntimeSource, { filename: 'chops-sandbox.js' });
    await script.run(context, { timeout: limits.timeLimitMs, promise: true });
  } catch (error) {
    report.errors.push(describeStop(error, stopped, limits));
  } finally {
    clearTimeout(watchdog);
    if (!isolate.isDisposed) isolate.dispose();
  }
  return report;
}

function log(report: SandboxReport, limits: SandboxLimits, level: unknown, text: unknown): boolean {
  if (report.outputOverflow) return false;
  const prefix = level === 'warn' || level === 'error' ? `[${level}] ` : '';
  const line = `${prefix}${String(text)}\n`;
  if (report.output.length + line.length > limits.outputLimit) {
    report.output += line.slice(0, Math.max(0, limits.outputLimit - report.output.length));
    report.outputOverflow = true;
    return false;
  }
  report.output += line;
  return true;
}

/**
 * Why a run that outlived its time limit had not finished, from the CPU time its isolate used. ivm's own
 * timeout usually stops busy code first; when this watchdog gets there first instead (on a loaded
 * machine ivm's termination can lag), code that was computing used a real share of the time, while code
 * waiting on a promise that never settles used almost none (a few ms to start). A tenth of the limit
 * tells them apart even when the machine gives the isolate little CPU.
 */
export function stopKind(cpuMs: number, timeLimitMs: number): 'busy' | 'waiting' {
  return cpuMs > Math.max(50, timeLimitMs / 10) ? 'busy' : 'waiting';
}

// The runtime cuts what it sends; this holds even if a message reaches the host another way.
const maxMessage = 2000;
function bounded(value: unknown): string {
  return cutText(typeof value === 'string' ? value : String(value), maxMessage);
}

function describeStop(
  error: unknown,
  stopped: 'busy' | 'waiting' | undefined,
  limits: SandboxLimits,
): string {
  const message = bounded(error instanceof Error ? error.message : error);
  if (/memory limit/i.test(message))
    return `ran out of memory: used more than the ${limits.memoryLimitMb} MB allowed`;
  if (/timed out/i.test(message))
    return `did not finish within ${limits.timeLimitMs} ms: an endless loop, or too much work`;
  if (stopped === 'busy')
    return `did not finish within ${limits.timeLimitMs} ms: it kept computing (an endless loop, or too much work)`;
  if (stopped === 'waiting')
    return `never finished within ${limits.timeLimitMs} ms: it awaited a promise that never settles`;
  // An unhandled promise rejection arrives here, already reduced to a message by isolated-vm.
  return `uncaught (in a promise nobody awaited): ${message}`;
}
