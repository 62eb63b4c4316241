import { UserInputError } from './errors/index.js';
import { characterCount, containsControls, cutText } from './model-text.js';

export const abilityStatuses = ['own', 'lent', 'learning'] as const;
/** own: the person executes it unaided; lent: the model executed it for them; learning: cards in flight. */
export type AbilityStatus = (typeof abilityStatuses)[number];

export const abilityKinds = ['technique', 'tool', 'concept', 'skill'] as const;
export type AbilityKind = (typeof abilityKinds)[number];

/** One entry of a person's repertoire. */
export interface Ability {
  id: string;
  name: string;
  /** The normalised name that deduplication compares (see ability-name.ts). */
  key: string;
  domain: string;
  kind: AbilityKind;
  summary: string;
  status: AbilityStatus;
  /** Every other name it has been known by (see alias.ts), as the store read them; absent when new. */
  aliases?: readonly string[];
  createdAt: Date;
  updatedAt: Date;
}

/** A change of status, kept so that the repertoire can be shown over time. */
export interface AbilityEvent {
  abilityId: string;
  status: AbilityStatus;
  at: Date;
}

export const maxAbilityNameLength = 120;
export const maxDomainLength = 80;
const maxSummaryLength = 500;

/**
 * Checks and tidies a piece of the person's text (an ability name, a domain) before it is stored.
 * Letters of any language are fine; control characters and overlong names are not.
 */
export function cleanLabel(raw: string, what: string, maxLength: number): string {
  if (containsControls(raw)) {
    throw new UserInputError(`${what} must not contain control characters`);
  }
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text === '') throw new UserInputError(`${what} is empty`);
  if (characterCount(text) > maxLength) {
    throw new UserInputError(`${what} is longer than ${maxLength} characters: "${cutText(text, 41)}"`);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserInputError(`${what} has no letters or digits: "${text}"`);
  return text;
}

export function parseAbilityStatus(value: string): AbilityStatus {
  const status = abilityStatuses.find((s) => s === value.trim().toLowerCase());
  if (!status)
    throw new UserInputError(`status must be one of ${abilityStatuses.join(', ')}, not "${value}"`);
  return status;
}

export function parseAbilityKind(value: string): AbilityKind {
  const kind = abilityKinds.find((k) => k === value.trim().toLowerCase());
  if (!kind) throw new UserInputError(`kind must be one of ${abilityKinds.join(', ')}, not "${value}"`);
  return kind;
}

/** The summary is optional free text: bounded, single line, no control characters. */
export function cleanSummary(raw: string | undefined): string {
  if (raw === undefined) return '';
  const text = raw.replace(/[\r\n\t]+/g, ' ').trim();
  if (text === '') return '';
  return cleanLabel(text, 'summary', maxSummaryLength);
}
