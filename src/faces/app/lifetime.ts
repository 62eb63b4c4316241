/**
 * What an owner opens on first use and lets go of when it closes. Each {@link Lifetime.lazy} value is
 * made on its first read (so `chops --help` opens nothing) and released by {@link Lifetime.close}.
 *
 * `close` starts every release at once, the latest opened first, before it first yields: the synchronous
 * part of each (closing the database, killing the sandbox process, aborting generations) has happened
 * even when the process must exit right after, as on a second Ctrl-C.
 */
export class Lifetime {
  readonly #releases: (() => unknown)[] = [];
  #closed = false;

  /** A getter of the value `make` makes on its first call; `release` lets go of it on close. */
  lazy<T>(make: () => T, release?: (value: T) => unknown): () => T {
    let made: { value: T } | undefined;
    return () => {
      if (this.#closed) throw new Error('chops was already closed');
      if (made) return made.value;
      const value = make();
      made = { value };
      if (release) this.#releases.push(() => release(value));
      return value;
    };
  }

  /** Runs `release` on close, with the releases of the lazy values. */
  defer(release: () => unknown): void {
    this.#releases.push(release);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Releases everything, each release even when another fails (the first failure is thrown after all
   * have run). Closing again does nothing.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const releases = this.#releases.splice(0).reverse();
    const outcomes = await Promise.allSettled(releases.map(async (release) => release()));
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** Lets go of what `value` holds when it holds something (a local model, a local embedder). */
export async function release(value: unknown): Promise<void> {
  const held = value as Partial<AsyncDisposable & { dispose(): unknown }> | null | undefined;
  const asyncDispose = held?.[Symbol.asyncDispose];
  if (typeof asyncDispose === 'function') await asyncDispose.call(held);
  else if (typeof held?.dispose === 'function') await held.dispose();
}
