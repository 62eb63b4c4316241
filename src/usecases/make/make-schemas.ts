import { z } from 'zod';
import { abilityKinds } from '../../domain/ability.js';
import type { ArtifactFormat } from '../../domain/artifact.js';

const usedAbility = z.object({
  name: z.string().max(300).describe('a technique, tool or concept the artifact uses, as a short name'),
  how: z.string().max(1000).describe('where and how the artifact uses it, in one sentence'),
  is: z.string().max(300).optional().describe("the person's listed ability it is, exactly as listed"),
  domain: z.string().max(200).optional().describe('the field it belongs to, e.g. "programming"'),
  kind: z.enum(abilityKinds).optional(),
});

const content = z
  .string()
  .max(200_000)
  .describe('the whole artifact in its format, ready to check: no commentary, no code fences');

/**
 * The first attempt. `format` is asked for, one of `choices`, only when the person left the choice to
 * chops.
 */
export const firstAttemptSchema = (choices: readonly [ArtifactFormat, ...ArtifactFormat[]] | undefined) =>
  z.object({
    ...(choices ? { format: z.enum(choices).describe('the format that fits the idea best') } : {}),
    title: z.string().max(300),
    content,
    abilitiesUsed: z.array(usedAbility).max(12).describe('every notable technique the artifact uses'),
  });

/** A repair: the corrected content, and the abilities it now uses. */
export const repairSchema = z.object({
  content,
  abilitiesUsed: z.array(usedAbility).max(12),
});
