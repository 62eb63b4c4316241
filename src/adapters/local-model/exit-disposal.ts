/** Something that holds native memory and must let go of it when the process ends. */
interface ExitDisposable {
  /** Stops generations in flight, synchronously: all that can still happen inside an `exit` handler. */
  abortAll(): void;
  dispose(): Promise<void>;
}

const live = new Set<ExitDisposable>();
let exitHookInstalled = false;

/**
 * Registers a loaded model so that generations in flight are stopped when the process exits; returns
 * the function that unregisters it (the model's own `dispose` calls it).
 *
 * Deliberately no SIGINT/SIGTERM listener: a library listener changes what Ctrl-C does. node-llama-cpp
 * loads `signal-exit`, which re-raises a signal only when it is the sole listener, so any listener of
 * ours would leave the process running after Ctrl-C. Without one, Ctrl-C ends the process at once and
 * the OS reclaims the model's memory; a CLI that handles SIGINT itself aborts the call's signal and/or
 * awaits {@link disposeAllLocalModels} before exiting.
 */
export function disposeOnExit(disposable: ExitDisposable): () => void {
  live.add(disposable);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const each of live) each.abortAll();
    });
  }
  return () => {
    live.delete(disposable);
  };
}

/** How many local models (language and embedding) are loaded now: for tests that check they are freed. */
export function liveLocalModels(): number {
  return live.size;
}

/**
 * Disposes every loaded local model; generations in flight are aborted first and reject with an
 * AbortError. For the CLI's SIGINT path and for tests. Models load again if called later.
 */
export async function disposeAllLocalModels(): Promise<void> {
  const all = [...live];
  live.clear();
  for (const disposable of all) disposable.abortAll();
  await Promise.allSettled(all.map((disposable) => disposable.dispose()));
}
