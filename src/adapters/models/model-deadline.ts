/**
 * The model time a command has left. Only time spent waiting on the model counts (from the first call
 * in flight to the last one back, overlapping calls once), so that a practice session's pauses while
 * the person thinks never use it up.
 */
export class ModelDeadline {
  readonly totalMs: number;
  readonly #now: () => number;
  #spentMs = 0;
  #inFlight = 0;
  #since = 0;

  constructor(totalMs: number, now: () => number) {
    this.totalMs = totalMs;
    this.#now = now;
  }

  /** Milliseconds left, never negative. */
  remainingMs(): number {
    const running = this.#inFlight > 0 ? this.#now() - this.#since : 0;
    return Math.max(0, this.totalMs - this.#spentMs - running);
  }

  /** Runs `work` as model time. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    if (this.#inFlight++ === 0) this.#since = this.#now();
    try {
      return await work();
    } finally {
      if (--this.#inFlight === 0) this.#spentMs += this.#now() - this.#since;
    }
  }
}
