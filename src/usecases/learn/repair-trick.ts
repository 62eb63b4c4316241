import { z } from 'zod';
import { ModelError } from '../../domain/errors/index.js';
import { cutText, quoteBlock } from '../../domain/model-text.js';
import type { Thinker } from '../../domain/ports/thinker.js';
import { learnSystem } from './learn-prompts.js';
import { type LearnedTrick, type RejectedTrick, trickSchema } from './learn-schemas.js';

/** At most this many flawed tricks are sent back one by one; the rest are dropped with a note. */
export const maxTrickRepairs = 3;

/** A trick that could not be kept, and why, for the note the person sees. */
export interface DroppedTrick {
  name: string;
  reason: string;
}

/**
 * Asks the model to correct one flawed trick on its own (the others are already kept), showing it the
 * trick and what is wrong. Returns the corrected trick, or why it is dropped; a cancel is rethrown.
 */
export async function repairTrick(
  rejected: RejectedTrick,
  abilities: readonly [string, ...string[]],
  thinker: Thinker,
  signal: AbortSignal | undefined,
): Promise<{ trick: LearnedTrick } | { dropped: DroppedTrick }> {
  const name = trickName(rejected);
  if (typeof rejected.input !== 'object' || rejected.input === null)
    return { dropped: { name, reason: 'it was not a trick at all' } };
  try {
    const answer = await thinker.think({
      schema: z.object({ trick: trickSchema(abilities) }),
      schemaName: 'trick',
      system: learnSystem,
      prompt: [
        'One trick of your answer cannot be used as it is:',
        quoteBlock('trick', cutText(JSON.stringify(rejected.input, null, 2), 12_000)),
        `The problem: ${rejected.rejected}.`,
        'Reply with this one trick corrected (same ability and idea), as {"trick": {...}}.',
      ].join('\n\n'),
      signal,
    });
    return { trick: answer.trick };
  } catch (error) {
    if (signal?.aborted || (error instanceof ModelError && error.code === 'cancelled')) throw error;
    if (!(error instanceof ModelError)) throw error;
    return { dropped: { name, reason: rejected.rejected } };
  }
}

/** The trick's own name if it has one, for notes. */
export function trickName(rejected: RejectedTrick): string {
  const name = (rejected.input as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() ? cutText(name.trim(), 120) : 'a trick without a name';
}
