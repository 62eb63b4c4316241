import { UserInputError } from '../../domain/errors/index.js';
import type { CardMemory } from '../../domain/practice/index.js';
import type { DocumentMemory } from './document-schema.js';

/** What an import changed. */
export interface ImportSummary {
  added: {
    person: number;
    abilities: number;
    events: number;
    goals: number;
    ideas: number;
    artifacts: number;
    attempts: number;
    tricks: number;
    cards: number;
    reviews: number;
    datScores: number;
    autScores: number;
    mineIdeas: number;
  };
  /** Abilities of the file that chops already had under another id (same domain and name). */
  mergedAbilities: number;
  /** Records chops had whose copy in the file was newer (an ability's status, a card's memory). */
  updated: { abilities: number; cards: number };
}

/** A summary with nothing added yet. */
export function emptySummary(): ImportSummary {
  return {
    added: {
      person: 0,
      abilities: 0,
      events: 0,
      goals: 0,
      ideas: 0,
      artifacts: 0,
      attempts: 0,
      tricks: 0,
      cards: 0,
      reviews: 0,
      datScores: 0,
      autScores: 0,
      mineIdeas: 0,
    },
    mergedAbilities: 0,
    updated: { abilities: 0, cards: 0 },
  };
}

export const date = (iso: string) => new Date(iso);

export function memoryOf(memory: DocumentMemory): CardMemory {
  const { lastReview, ...rest } = memory;
  return { ...rest, due: date(memory.due), ...(lastReview ? { lastReview: date(lastReview) } : {}) };
}

/** A reference to a record that is neither in the file nor in chops. */
export function missing(where: string, what: string): UserInputError {
  return new UserInputError(
    `${where} names ${what}, which is neither in the file nor in chops; nothing was imported`,
  );
}

/** Runs a domain check, naming where in the file it failed. */
export function checked<T>(work: () => T, where: string): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserInputError)
      throw new UserInputError(`${where}: ${error.message}; nothing was imported`);
    throw error;
  }
}
