import { interruptedExitCode } from './exit-codes.js';

/** Longest Ctrl-C waits for the work to wind down on its own before chops ends the process. */
const graceMs = 800;

/** What a command that can be stopped gets: the signal Ctrl-C aborts, and a way to stop as Ctrl-C does. */
export interface Interrupt {
  readonly signal: AbortSignal;
  /** Stops as Ctrl-C does (a terminal readline that catches Ctrl-C itself calls this). */
  stop(): void;
}

/**
 * Runs `work` so that Ctrl-C always stops it within a second: the first Ctrl-C aborts the signal, which
 * model calls and waits honour at once; should anything still hold on (a native call, a grader that
 * ignores its signal), chops exits with 130 once the grace period is over. A second Ctrl-C exits at once.
 * Every review, attempt and idea already saved stays saved: each was committed when it was made.
 */
export async function interruptible<T>(
  work: (interrupt: Interrupt) => Promise<T>,
  exit: (code: number) => void = exitProcess,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    if (controller.signal.aborted) return exit(interruptedExitCode);
    controller.abort();
    timer = setTimeout(() => exit(interruptedExitCode), graceMs);
    timer.unref();
  };
  // `on`, not `once`: node-llama-cpp's signal-exit only re-raises a signal it is the last listener of.
  process.on('SIGINT', stop);
  try {
    return await work({ signal: controller.signal, stop });
  } finally {
    process.off('SIGINT', stop);
    clearTimeout(timer);
  }
}

function exitProcess(code: number): void {
  process.stderr.write('\nchops: stopped\n');
  process.exit(code);
}
