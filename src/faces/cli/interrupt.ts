import { interruptedExitCode } from './exit-codes.js';

/** Longest Ctrl-C waits for the work to wind down on its own before chops ends the process. */
const graceMs = 800;

/** What a command that can be stopped gets: the signal Ctrl-C aborts, and a way to stop as Ctrl-C does. */
export interface Interrupt {
  readonly signal: AbortSignal;
  /** Stops as Ctrl-C does (a terminal readline that catches Ctrl-C itself calls this). */
  stop(): void;
}

export interface InterruptOptions {
  /** The process signals that stop the work: Ctrl-C's SIGINT unless told (`chops serve` adds SIGTERM). */
  signals?: readonly NodeJS.Signals[];
  /** Ends the process when the work does not wind down in time; the CLI closes chops first. */
  exit?: (code: number) => void;
}

/**
 * Runs `work` so that Ctrl-C always stops it within a second: the first Ctrl-C aborts the signal, which
 * model calls, downloads and waits honour at once; should anything still hold on (a native call, a
 * grader that ignores its signal), chops exits with 130 once the grace period is over. A second Ctrl-C
 * exits at once. Every review, attempt and idea already saved stays saved: each was committed when it
 * was made. The one place the CLI listens for Ctrl-C.
 */
export async function interruptible<T>(
  work: (interrupt: Interrupt) => Promise<T>,
  options: InterruptOptions = {},
): Promise<T> {
  const { signals = ['SIGINT'], exit = exitProcess } = options;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    if (controller.signal.aborted) return exit(interruptedExitCode);
    controller.abort();
    timer = setTimeout(() => exit(interruptedExitCode), graceMs);
    timer.unref();
  };
  // `on`, not `once`: node-llama-cpp's signal-exit only re-raises a signal it is the last listener of.
  for (const name of signals) process.on(name, stop);
  try {
    return await work({ signal: controller.signal, stop });
  } finally {
    for (const name of signals) process.off(name, stop);
    clearTimeout(timer);
  }
}

/** Resolves once `signal` aborts: for work that runs until the person stops it (`chops serve`). */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Ends the process after a Ctrl-C the work did not honour in time. */
export function exitProcess(code: number): void {
  process.stderr.write('\nchops: stopped\n');
  process.exit(code);
}
