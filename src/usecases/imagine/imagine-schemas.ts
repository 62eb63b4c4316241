import { z } from 'zod';

// Bounds are generous on purpose: overlong text is cut when cleaned rather than sent back for repair,
// which would cost a model call for nothing the person would notice.

/** The lenses call: distinct angles from which to look at the goal. */
export const lensesSchema = z.object({
  lenses: z
    .array(
      z.object({
        name: z.string().max(200).describe('a short label, e.g. "a field ecologist" or "under 50 dollars"'),
        angle: z.string().max(1000).describe('one sentence: how this lens looks at the goal'),
      }),
    )
    .max(20),
});

export const needSchema = z.object({
  name: z.string().max(300).describe('the ability, as a short name (a technique, tool, concept or skill)'),
  how: z.string().max(1000).describe('how the idea uses it, in one sentence'),
  is: z
    .string()
    .max(300)
    .optional()
    .describe("the person's listed ability this need is, exactly as listed; left out when it is none"),
});

export const candidatesSchema = z.object({
  ideas: z
    .array(
      z.object({
        title: z.string().max(400),
        pitch: z.string().max(3000).describe('two to four sentences: what it is and why it serves the goal'),
        lens: z.string().max(300).describe('the lens the idea came from'),
        needs: z.array(needSchema).max(12).describe('every ability the idea needs, own or not'),
      }),
    )
    .max(48),
});

export type Candidates = z.infer<typeof candidatesSchema>;
