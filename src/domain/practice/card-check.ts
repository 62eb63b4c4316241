import { z } from 'zod';

/**
 * A musical condition an ABC answer must meet besides being valid ABC, e.g. "a bar of 4/4 ending on the
 * third of C": `{ meter: '4/4', bars: 1, key: 'C', endsOn: 3 }`. Degrees count from the key's tonic
 * along its scale (major, or natural minor for a minor key).
 */
export const musicConditionSchema = z
  .object({
    meter: z
      .string()
      .regex(/^\d{1,2}\/\d{1,2}$/)
      .optional()
      .describe('the metre the answer must be in, e.g. "4/4"'),
    bars: z.number().int().min(1).max(64).optional().describe('how many full bars the answer must have'),
    key: z
      .string()
      .regex(/^[A-G][#b]?(m|min|maj)?$/)
      .optional()
      .describe('the key, e.g. "C", "Bb", "F#m"; also the key degrees count from'),
    endsOn: z.number().int().min(1).max(7).optional().describe('the scale degree of the last note, 1-7'),
    startsOn: z.number().int().min(1).max(7).optional().describe('the scale degree of the first note, 1-7'),
  })
  .strict();

export type MusicCondition = z.infer<typeof musicConditionSchema>;

/**
 * How an apply card's answer is checked in its format: js runs the person's code followed by the card's
 * tests in the sandbox; abc checks the notation and the musical condition; vega-lite validates the spec.
 */
export const cardCheckSchema = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('js'),
    tests: z
      .string()
      .min(1)
      .max(4000)
      .describe("assertions run after the person's code, e.g. assert.equal(slugify('A b'), 'a-b')"),
  }),
  z.object({ format: z.literal('abc'), condition: musicConditionSchema }),
  z.object({ format: z.literal('vega-lite') }),
]);

export type CardCheck = z.infer<typeof cardCheckSchema>;
type CheckedFormat = CardCheck['format'];
/** The formats whose apply cards can carry a check: the union's own list, not a copy of it. */
export const checkedFormats: readonly CheckedFormat[] = cardCheckSchema.options.map(
  (option) => option.shape.format.value,
);

const degreeNames = ['', 'tonic', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

/** The condition in words: "1 bar of 4/4 in C ending on the third". */
function describeCondition(condition: MusicCondition): string {
  const bars = condition.bars ? `${condition.bars} ${condition.bars === 1 ? 'bar' : 'bars'}` : 'a phrase';
  return [
    bars,
    condition.meter ? `of ${condition.meter}` : '',
    condition.key ? `in ${condition.key}` : '',
    condition.startsOn ? `starting on the ${degreeNames[condition.startsOn]}` : '',
    condition.endsOn
      ? `${condition.startsOn ? 'and ' : ''}ending on the ${degreeNames[condition.endsOn]}`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** What a check asks, in one line, for a person about to answer. */
export function describeCheck(check: CardCheck): string {
  if (check.format === 'js') return "your code is run with the card's tests in the sandbox";
  if (check.format === 'abc') return `checked as ABC: ${describeCondition(check.condition)}`;
  return 'checked as a Vega-Lite spec';
}
