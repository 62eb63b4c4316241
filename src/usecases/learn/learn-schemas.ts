import { z } from 'zod';

const card = z.object({
  kind: z
    .enum(['recall', 'apply'])
    .describe('recall: a question and its answer; apply: a small task and a model answer'),
  prompt: z.string().max(4000).describe('one precise question or one small task'),
  answer: z.string().max(4000).describe('short enough to recall, or a model answer to the task'),
  check: z
    .string()
    .max(4000)
    .optional()
    .describe('apply cards: how to tell an answer works, if not only by the model answer'),
});

/**
 * The tricks of one artifact. `abilities` are the names the person may learn (the artifact used them
 * and they do not own them): the model must tie each trick to one of them, and cannot invent another.
 */
export function tricksSchema(abilities: readonly [string, ...string[]]) {
  return z.object({
    tricks: z
      .array(
        z
          .object({
            ability: z.enum(abilities).describe('the ability this trick belongs to'),
            name: z.string().max(300).describe('a short name for the technique'),
            explanation: z.string().max(2000).describe('two to four sentences: what it is and why it works'),
            example: z.string().max(8000).describe("a minimal example in the artifact's format"),
            cards: z.array(card).min(2).max(4),
          })
          .refine(
            (trick) =>
              trick.cards.some((c) => c.kind === 'recall') && trick.cards.some((c) => c.kind === 'apply'),
            {
              message: 'each trick needs at least one recall card and one apply card',
              path: ['cards'],
            },
          ),
      )
      .max(12),
  });
}

export type LearnedTricks = z.infer<ReturnType<typeof tricksSchema>>;
