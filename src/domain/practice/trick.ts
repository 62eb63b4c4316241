import { cleanLabel, maxAbilityNameLength } from '../ability.js';
import { nameKey } from '../ability-name.js';
import { UserInputError } from '../errors/index.js';
import { characterCount } from '../model-text.js';

/**
 * A named technique the model used that the person lacks, tied to one ability of the repertoire, with
 * a short explanation and a minimal example in the artifact's format.
 */
export interface Trick {
  id: string;
  abilityId: string;
  name: string;
  /** The normalised name: one ability never holds two tricks with the same key. */
  key: string;
  explanation: string;
  example: string;
  /** The format of the example (`js`, `abc`, `vega-lite`, `markdown`, …). */
  format: string;
  /** The artifact it was learned from, when there is one. */
  artifactId?: string | undefined;
  createdAt: Date;
}

export interface TrickInput {
  abilityId: string;
  name: string;
  explanation: string;
  example: string;
  format: string;
  artifactId?: string | undefined;
}

const maxExplanationLength = 2000;
const maxExampleLength = 8000;

/** The key two trick names share when they are the same trick ("Walking bass lines" = "walking bass line"). */
export function trickKey(name: string): string {
  return nameKey(name);
}

/** A new trick from (model-made) text, checked and tidied; `id` and `now` are passed in. */
export function newTrick(input: TrickInput, id: string, now: Date): Trick {
  const name = cleanLabel(input.name, 'trick name', maxAbilityNameLength);
  return {
    id,
    abilityId: input.abilityId,
    name,
    key: trickKey(name),
    explanation: boundedText(input.explanation, 'trick explanation', maxExplanationLength),
    example: boundedText(input.example, 'trick example', maxExampleLength, true),
    format: cleanLabel(input.format, 'example format', 40),
    ...(input.artifactId !== undefined ? { artifactId: input.artifactId } : {}),
    createdAt: now,
  };
}

/** Multi-line text that must not be empty (unless allowed) and has a bound. */
export function boundedText(raw: string, what: string, maxLength: number, allowEmpty = false): string {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text === '' && !allowEmpty) throw new UserInputError(`${what} is empty`);
  if (characterCount(text) > maxLength)
    throw new UserInputError(`${what} is longer than ${maxLength} characters`);
  return text;
}
