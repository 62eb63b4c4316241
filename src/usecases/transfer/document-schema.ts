import { z } from 'zod';
import { abilityKinds, abilityStatuses } from '../../domain/ability.js';
import { aliasSources } from '../../domain/alias.js';
import { artifactFormats } from '../../domain/artifact.js';
import { cardKinds, memoryStates, ratings } from '../../domain/practice/index.js';

/*
 * The export document, version 1, as a schema: `chops import` parses every file through it before it
 * looks at the database, and `chops export` writes exactly this shape (the round-trip test holds the
 * two together). Objects are strict, so an unknown key (`__proto__` included) is refused rather than
 * carried along; every string has a bound, and names may not hold control characters.
 */

/** The version this chops writes and reads. */
export const documentVersion = 1;

const id = z.string().regex(/^[\w.:-]{1,100}$/, 'an id of letters, digits and - _ . : (at most 100)');
const time = z.iso.datetime({ message: 'an ISO 8601 time such as 2026-01-31T12:00:00.000Z' });
// Names and labels are one line: no control characters at all (escape sequences start with one).
const label = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !/[\p{Cc}\u2028\u2029]/u.test(text), 'must not contain control characters');
// Long text (what a model wrote, a check printed, the person typed) is kept as it was: it is bounded
// here and escaped wherever it is shown.
const text = (max: number) => z.string().max(max);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);
const fraction = z.number().min(0).max(1);
// FSRS's figures are plain finite numbers (JSON has no others).
const finite = z.number();

const placed = z.strictObject({
  name: label(1000),
  how: text(2000),
  status: z.enum(['own', 'lent', 'new']),
  abilityId: id.nullable(),
});

const memory = z.strictObject({
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

const reviewLog = z.strictObject({
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

export const documentSchema = z.strictObject({
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
      soloSpread: z.number().nullable(),
      reachSpread: z.number().nullable(),
      gain: z.number().nullable(),
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
        }),
        10_000,
      ),
    }),
    1_000_000,
  ),
  artifacts: list(
    z.strictObject({
      id,
      ideaId: id,
      format: z.enum(artifactFormats),
      title: label(1000),
      passed: z.boolean(),
      abilities: list(placed, 200),
      model: label(300),
      createdAt: time,
      attempts: list(
        z.strictObject({
          number: z.int().min(1).max(1000),
          content: text(4_000_000),
          passed: z.boolean(),
          problems: list(text(20_000), 1000),
          output: text(4_000_000),
          durationMs: finite,
          createdAt: time,
        }),
        1000,
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
});

/** An export document, as `chops export` writes it and `chops import` reads it. */
export type ChopsDocument = z.infer<typeof documentSchema>;
export type DocumentAbility = ChopsDocument['abilities'][number];
export type DocumentGoal = ChopsDocument['goals'][number];
export type DocumentArtifact = ChopsDocument['artifacts'][number];
export type DocumentTrick = ChopsDocument['tricks'][number];
export type DocumentReview = ChopsDocument['reviews'][number];
export type DocumentMemory = z.infer<typeof memory>;
export type DocumentPlaced = z.infer<typeof placed>;
