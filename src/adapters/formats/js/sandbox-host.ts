import { type ChildProcess, fork } from 'node:child_process';
import type { SandboxRequest } from './sandbox-process.js';
import type { SandboxLimits, SandboxReport } from './sandbox-run.js';

// Under vitest/tsx this file is TypeScript and so is its sibling; after the build both are JavaScript.
const runningFromSource = import.meta.url.endsWith('.ts');
const entry = new URL(`./sandbox-process.${runningFromSource ? 'ts' : 'js'}`, import.meta.url);
const execArgv = ['--no-node-snapshot', ...(runningFromSource ? ['--import', 'tsx'] : [])];
// Beyond the run's own limit: time to start the process and to stop an isolate gently.
const graceMs = 3000;

/** A run's outcome as the checker sees it: the report, or why the sandbox process gave none. */
type SandboxOutcome = { report: SandboxReport } | { failure: string };

/**
 * Runs code in a long-lived sandbox process, one run at a time. The process is started on the first run
 * (not on chops' start path), does not keep chops alive while idle, and is killed and replaced when a
 * run overstays its time limit, is cancelled, or the process dies.
 */
export class SandboxHost {
  private child: ChildProcess | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  run(content: string, limits: SandboxLimits, signal?: AbortSignal, data?: unknown): Promise<SandboxOutcome> {
    const turn = this.queue.then(() => this.runNow(content, limits, signal, data));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Stops the sandbox process, if one is running. */
  dispose(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }

  private runNow(
    content: string,
    limits: SandboxLimits,
    signal?: AbortSignal,
    data?: unknown,
  ): Promise<SandboxOutcome> {
    if (signal?.aborted) return Promise.resolve({ failure: 'the check was cancelled' });
    const child = this.start();
    const id = this.nextId++;
    return new Promise<SandboxOutcome>((resolve) => {
      const finish = (outcome: SandboxOutcome, kill: boolean) => {
        clearTimeout(watchdog);
        child.off('message', onMessage);
        child.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        if (kill && this.child === child) this.dispose();
        child.channel?.unref();
        resolve(outcome);
      };
      const onMessage = (message: { id: number; report: SandboxReport }) => {
        if (message.id === id) finish({ report: message.report }, false);
      };
      const onExit = (code: number | null, signalName: string | null) =>
        finish({ failure: `the sandbox process ended (${signalName ?? `exit code ${code}`})` }, true);
      const onAbort = () => finish({ failure: 'the check was cancelled' }, true);
      const watchdog = setTimeout(
        () => finish({ failure: `did not finish within ${limits.timeLimitMs} ms and was killed` }, true),
        limits.timeLimitMs + graceMs,
      );
      child.on('message', onMessage);
      child.once('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      child.channel?.ref();
      const request: SandboxRequest = { id, content, limits, ...(data === undefined ? {} : { data }) };
      child.send(request);
    });
  }

  /** The sandbox process's id while it runs, for tests that look at it from outside. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): ChildProcess {
    if (this.child && this.child.exitCode === null && this.child.connected) return this.child;
    const child = fork(entry, [], {
      execArgv,
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      serialization: 'json',
      // Nothing of chops' environment (API keys above all) reaches the process that runs generated code.
      env: sandboxEnvironment(),
    });
    // However chops ends (process.exit on a second Ctrl-C, an uncaught error), the sandbox ends with it.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.on('exit', () => {
      process.off('exit', killOnExit);
      if (this.child === child) this.child = undefined;
    });
    // An idle sandbox must not keep chops running.
    child.unref();
    this.child = child;
    return child;
  }
}

/**
 * The whole environment the sandbox process gets: none of chops' own, only a fixed locale and time zone
 * so that dates and number formatting do not depend on the machine.
 */
function sandboxEnvironment(): NodeJS.ProcessEnv {
  return { LANG: 'C.UTF-8', TZ: 'UTC' };
}
