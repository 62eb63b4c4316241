import { describe, expect, it } from 'vitest';
import { Lifetime, release } from './lifetime.js';

describe('Lifetime', () => {
  it('makes a lazy value once, on its first read, and releases what was made, the latest first', async () => {
    const lifetime = new Lifetime();
    const events: string[] = [];
    const first = lifetime.lazy(
      () => {
        events.push('make first');
        return 'first';
      },
      (value) => events.push(`release ${value}`),
    );
    const second = lifetime.lazy(
      () => 'second',
      (value) => events.push(`release ${value}`),
    );
    const never = lifetime.lazy(
      () => 'never',
      (value) => events.push(`release ${value}`),
    );
    expect(events).toEqual([]);
    expect([first(), first(), second()]).toEqual(['first', 'first', 'second']);
    lifetime.defer(() => events.push('deferred'));
    await lifetime.close();
    expect(events).toEqual(['make first', 'deferred', 'release second', 'release first']);
    expect(never).toThrow(/closed/);
    expect(lifetime.closed).toBe(true);
    await lifetime.close();
    expect(events).toHaveLength(4);
  });

  it('starts every release before close first yields, and runs them all when one fails', async () => {
    const lifetime = new Lifetime();
    const released: string[] = [];
    lifetime.defer(async () => {
      released.push('a');
      await new Promise((resolve) => setTimeout(resolve, 10));
      released.push('a done');
    });
    lifetime.defer(() => {
      throw new Error('b failed');
    });
    lifetime.defer(() => released.push('c'));
    const closing = lifetime.close();
    // Synchronously, before any await: what a process that must exit now still gets.
    expect(released).toEqual(['c', 'a']);
    await expect(closing).rejects.toThrow('b failed');
    expect(released).toEqual(['c', 'a', 'a done']);
  });
});

describe('release', () => {
  it('disposes what can be disposed, by Symbol.asyncDispose or dispose, and ignores the rest', async () => {
    const calls: string[] = [];
    await release({ [Symbol.asyncDispose]: async () => calls.push('async dispose') });
    await release({ dispose: () => calls.push('dispose') });
    await release({ model: 'word vectors' });
    await release(undefined);
    expect(calls).toEqual(['async dispose', 'dispose']);
  });
});
