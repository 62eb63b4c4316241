import { z } from 'zod';
import { abilityKinds, abilityStatuses } from '../../domain/ability.js';
import { aliasSources } from '../../domain/alias.js';
import { containsControls } from '../../domain/model-text.js';
import { cardCheckSchema } from '../../domain/practice/card-check.js';
import { drillCellSchema } from '../../domain/practice/drill-cell.js';
import { cardKinds, memoryStates, ratings } from '../../domain/practice/index.js';
import { memoryProblem, reviewLogProblem } from '../../domain/practice/memory-bounds.js';
import { recordIdPattern } from '../../domain/record-id.js';
import { duplicateIds } from './document-ids.js';
import { documentVectorsSchema } from './document-vectors.js';

/*
 * The export document, version 1, as a schema: `chops import` parses every file through it before it
 * looks at the database, and `chops export` writes exactly this shape (the round-trip test holds the
 * two together). Objects are strict, so an unknown key (`__proto__` included) is refused rather than
 * carried along; every string has a bound, and names may not hold control characters. Every figure is
 * held to what the domain can use (FSRS memories it can schedule, counts and spreads in their ranges),
 * and no id is used twice for one kind of record.
 */

/** The version this chops writes and reads. */
export const documentVersion = 1;

const id = z.string().regex(recordIdPattern, 'an id of letters, digits and - _ . : (at most 100)');
const time = z.iso.datetime({ message: 'an ISO 8601 time such as 2026-01-31T12:00:00.000Z' });
// Names and labels are one line: no control characters at all (escape sequences start with one).
const label = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !containsControls(text), 'must not contain control characters');
// Long text (what a model wrote, a check printed, the person typed) is kept as it was: it is bounded
// here and escaped wherever it is shown.
const text = (max: number) => z.string().max(max);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);
const fraction = z.number().min(0).max(1);
// FSRS's figures are plain finite numbers (JSON has no others); their ranges are checked as a whole.
const finite = z.number();
// Cosine distances lie in 0..2; a gain is a ratio of two of them.
const spread = z.number().min(0).max(2).nullable();
const domainCheck =
  <T>(problem: (value: T) => string | undefined) =>
  (value: T, context: z.RefinementCtx) => {
    const found = problem(value);
    if (found) context.addIssue({ code: 'custom', message: found });
  };

const placed = z.strictObject({
  name: label(1000),
  how: text(2000),
  status: z.enum(['own', 'lent', 'new']),
  abilityId: id.nullable(),
});

const memoryFields = z.strictObject({
  due: time,
  stability: finite,
  difficulty: finite,
  elapsedDays: finite,
  scheduledDays: finite,
  learningSteps: z.int().min(0),
  reps: z.int().min(0),
  lapses: z.int().min(0),
  state: z.enum(memoryStates),
  lastReview: time.nullable(),
});

const memory = memoryFields.superRefine(
  domainCheck((memory) =>
    memoryProblem({
      ...memory,
      due: new Date(memory.due),
      lastReview: memory.lastReview === null ? undefined : new Date(memory.lastReview),
    }),
  ),
);

const reviewLogFields = z.strictObject({
  rating: z.enum(ratings),
  state: z.enum(memoryStates),
  due: time,
  stability: finite,
  difficulty: finite,
  elapsedDays: finite,
  lastElapsedDays: finite,
  scheduledDays: finite,
  learningSteps: z.int().min(0),
  review: time,
});

const reviewLog = reviewLogFields.superRefine(
  domainCheck((log) => reviewLogProblem({ ...log, due: new Date(log.due), review: new Date(log.review) })),
);

const attemptsOf = <T extends z.ZodType<{ number: number }>>(attempt: T) =>
  list(attempt, 1000)
    .min(1, 'an artifact has at least one attempt')
    .superRefine(
      domainCheck((attempts) =>
        attempts.some((attempt, i) => attempt.number !== i + 1)
          ? `attempts are numbered 1, 2, 3… in order (found ${attempts
              .map((a) => a.number)
              .join(', ')
              .slice(0, 60)})`
          : undefined,
      ),
    );

const documentFields = z.strictObject({
  chops: z.literal(documentVersion),
  exportedAt: time,
  person: z
    .strictObject({ name: label(200), about: text(4000), domains: list(label(200), 100), createdAt: time })
    .nullable(),
  abilities: list(
    z.strictObject({
      id,
      name: label(200),
      domain: label(200),
      kind: z.enum(abilityKinds),
      summary: label(1000),
      status: z.enum(abilityStatuses),
      createdAt: time,
      updatedAt: time,
      events: list(z.strictObject({ status: z.enum(abilityStatuses), at: time }), 10_000),
      // Every other name it has been known by (absent in files from before aliases).
      aliases: list(
        z.strictObject({ name: label(200), source: z.enum(aliasSources), createdAt: time }),
        1_000,
      ).optional(),
    }),
    1_000_000,
  ),
  /** Abilities the person said "not yet" to (absent in files from before). */
  notYet: list(z.strictObject({ name: label(200), at: time }), 1_000_000).optional(),
  goals: list(
    z.strictObject({
      id,
      text: text(4000),
      domain: label(200),
      model: label(300),
      soloSpread: spread,
      reachSpread: spread,
      gain: z.number().min(0).max(1e6).nullable(),
      notes: list(text(4000), 100),
      createdAt: time,
      ideas: list(
        z.strictObject({
          id,
          set: z.enum(['solo', 'reach']),
          title: label(1000),
          pitch: text(8000),
          lens: label(1000),
          needs: list(placed, 200),
          reach: fraction,
          novelty: fraction,
          createdAt: time,
          // Optional in files from before vectors were exported (then chops embeds the idea again).
          vectors: documentVectorsSchema.optional(),
        }),
        10_000,
      ),
      // What the goal showed before each re-map (absent in files from before it was exported).
      history: list(
        z.strictObject({
          until: time,
          soloSpread: spread,
          reachSpread: spread,
          gain: z.number().min(0).max(1e6).nullable(),
          ideas: list(
            z.strictObject({ id, set: z.enum(['solo', 'reach']), needs: list(placed, 200), reach: fraction }),
            10_000,
          ),
        }),
        10_000,
      ).optional(),
    }),
    1_000_000,
  ),
  artifacts: list(
    z.strictObject({
      id,
      ideaId: id,
      // A format this chops does not know is refused by the store, which reads the format registry.
      format: label(40),
      title: label(1000),
      passed: z.boolean(),
      abilities: list(placed, 200),
      model: label(300),
      createdAt: time,
      // The person's data files it was made with (`make --data`; absent in files from before).
      dataFiles: list(
        z.strictObject({
          name: label(1000),
          path: label(4000),
          format: z.enum(['csv', 'tsv', 'json']),
          bytes: z.int().min(0),
          rows: z.int().min(0),
          columns: z.int().min(0),
          sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
        }),
        100,
      ).optional(),
      attempts: attemptsOf(
        z.strictObject({
          number: z.int().min(1).max(1000),
          content: text(4_000_000),
          passed: z.boolean(),
          problems: list(text(20_000), 1000),
          output: text(4_000_000),
          durationMs: z.number().min(0).max(86_400_000),
          createdAt: time,
        }),
      ),
    }),
    1_000_000,
  ),
  tricks: list(
    z.strictObject({
      id,
      abilityId: id,
      name: label(200),
      explanation: text(8000),
      example: text(32_000),
      format: label(80),
      artifactId: id.nullable(),
      createdAt: time,
      cards: list(
        z.strictObject({
          id,
          kind: z.enum(cardKinds),
          prompt: text(16_000),
          answer: text(16_000),
          check: text(16_000).nullable(),
          // Optional: exports of chops before checked cards and drills have neither.
          formatCheck: cardCheckSchema.nullable().optional(),
          drill: drillCellSchema.nullable().optional(),
          memory,
          suspended: z.boolean(),
          createdAt: time,
        }),
        1000,
      ),
    }),
    1_000_000,
  ),
  reviews: list(
    z.strictObject({
      id,
      cardId: id,
      rating: z.enum(ratings),
      answer: text(40_000),
      reviewedAt: time,
      log: reviewLog,
      before: memory,
      promotedFrom: z.enum(abilityStatuses).nullable(),
    }),
    10_000_000,
  ),
  datScores: list(
    z.strictObject({
      id,
      words: list(text(1000), 100),
      valid: list(label(200), 100),
      score: z.number().min(0).max(200),
      takenAt: time,
    }),
    1_000_000,
  ),
  // Added after version 1 was released: files written before have neither, so both default to none.
  autScores: list(
    z.strictObject({
      id,
      object: label(200),
      uses: list(z.strictObject({ response: text(2000), originality: z.number().min(1).max(5) }), 1000),
      fluency: z.number().int().min(0),
      originality: z.number().min(0).max(5),
      bestOriginality: z.number().min(0).max(5),
      flexibility: z.number().int().min(0).nullable(),
      seconds: z.number().int().min(0).nullable(),
      takenAt: time,
    }),
    1_000_000,
  ).default([]),
  mineIdeas: list(
    z.strictObject({
      id,
      goalId: id,
      goalText: text(4000),
      domain: label(200),
      position: z.number().int().min(0),
      text: text(4000),
      needs: list(placed, 200),
      reach: fraction.nullable(),
      novelty: fraction.nullable(),
      originality: z.number().min(1).max(5).nullable(),
      createdAt: time,
      // Tagged by model, so that how alike it is to the model's ideas survives an import.
      vectors: documentVectorsSchema.optional(),
    }),
    1_000_000,
  ).default([]),
});

export const documentSchema = documentFields.superRefine((document, context) => {
  for (const found of duplicateIds(document))
    context.addIssue({ code: 'custom', path: found.path, message: found.message });
});

/** An export document, as `chops export` writes it and `chops import` reads it. */
export type ChopsDocument = z.infer<typeof documentSchema>;
export type DocumentGoal = ChopsDocument['goals'][number];
export type DocumentArtifact = ChopsDocument['artifacts'][number];
export type DocumentMemory = z.infer<typeof memory>;
export type DocumentPlaced = z.infer<typeof placed>;
