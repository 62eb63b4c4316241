import { z } from 'zod';
import { draftCheckSchema } from './verify-card-checks.js';

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
  formatCheck: draftCheckSchema.optional(),
});

/**
 * One trick, checked whole: tied to one of `abilities` (the names the person chose to learn, which the
 * model cannot add to), with two to four cards of which at least one recall and one apply card.
 */
export function trickSchema(abilities: readonly [string, ...string[]]) {
  return z
    .object({
      ability: z.enum(abilities).describe('the ability this trick belongs to'),
      name: z.string().max(300).describe('a short name for the technique'),
      explanation: z.string().max(2000).describe('two to four sentences: what it is and why it works'),
      example: z.string().max(8000).describe("a minimal example in the artifact's format"),
      cards: z.array(card).min(2).max(4),
    })
    .refine(
      (trick) => trick.cards.some((c) => c.kind === 'recall') && trick.cards.some((c) => c.kind === 'apply'),
      { message: 'each trick needs at least one recall card and one apply card', path: ['cards'] },
    );
}

export type LearnedTrick = z.infer<ReturnType<typeof trickSchema>>;

/** A trick of the answer that broke a rule, kept aside with why, to be repaired on its own or dropped. */
export interface RejectedTrick {
  readonly rejected: string;
  readonly input: unknown;
}

/**
 * The tricks of one artifact as the model is asked for them: the JSON schema sent is the full shape of
 * a trick, but each trick is judged on its own, so one flawed trick (an apply card missing, say, a rule
 * the JSON schema cannot express) never sinks the others: it comes back as a {@link RejectedTrick}.
 */
export function tricksSchema(abilities: readonly [string, ...string[]]) {
  const rejectedTrick = (context: { error: IssueList; input: unknown } | undefined) =>
    // The JSON schema is built by calling this without a context: undefined leaves it without a default.
    (context === undefined
      ? undefined
      : { rejected: describeIssues(context.error), input: context.input }) as unknown as LearnedTrick;
  return z.object({ tricks: z.array(trickSchema(abilities).catch(rejectedTrick)).max(12) });
}

/** Whether an entry of a parsed answer is a rejected trick. */
export function isRejected(entry: LearnedTrick | RejectedTrick): entry is RejectedTrick {
  return typeof (entry as RejectedTrick).rejected === 'string' && 'input' in entry;
}

type IssueList = { issues: readonly z.core.$ZodIssue[] };

function describeIssues(error: IssueList): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}
