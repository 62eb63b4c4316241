/**
 * The sandbox process: chops forks it (with --no-node-snapshot, which isolated-vm needs on Node 20) and
 * sends it one run at a time. Keeping isolated-vm out of the chops process means a run that wedges or
 * crashes an isolate (or V8 itself) costs only this process, which the parent kills and starts again.
 */
import { runInIsolate, type SandboxLimits } from './sandbox-run.js';

/** A request from the parent. */
export interface SandboxRequest {
  id: number;
  content: string;
  limits: SandboxLimits;
  /** The person's data, the global `data` of the run. */
  data?: unknown;
}

process.on('message', (message: SandboxRequest) => {
  void runInIsolate(message.content, message.limits, message.data).then((report) =>
    process.send?.({ id: message.id, report }),
  );
});
// The parent went away (chops exited): nothing is left to do.
process.on('disconnect', () => process.exit(0));
