import { UserInputError } from '../../domain/errors/index.js';
import type { GenerateId } from '../../domain/ports/clock.js';
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
  /**
   * Records of the file whose id chops already uses for a different record (another install's, or a
   * hostile file's): they were imported under new ids, never merged into what chops has.
   */
  renamed: number;
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
    renamed: 0,
  };
}

/**
 * The ids the file's records of one kind get here. An id that chops does not have is kept; one that
 * names the same record here (`same` says so, from what never changes about it: when it was made,
 * what it belongs to) is that record; one that names a different record here is a collision, and the
 * file's record gets a new id, so that nothing of the file is grafted onto what chops has.
 */
export class IdClaims {
  readonly #ids = new Map<string, string>();

  constructor(
    private readonly generateId: GenerateId,
    private readonly summary: ImportSummary,
  ) {}

  /** The id the file's record gets, and the record chops has that it is, if any. */
  claim<T>(
    fileId: string,
    here: T | undefined,
    same: (here: T) => boolean,
  ): { id: string; here: T | undefined } {
    if (here === undefined || same(here)) {
      this.#ids.set(fileId, fileId);
      return { id: fileId, here };
    }
    const id = this.generateId();
    this.#ids.set(fileId, id);
    this.summary.renamed++;
    return { id, here: undefined };
  }

  /** The id a record of the file got, if the file has such a record. */
  get(fileId: string): string | undefined {
    return this.#ids.get(fileId);
  }
}

/** The same moment: what two records made at once under one random id are. */
export const sameTime = (here: Date, iso: string) => here.getTime() === date(iso).getTime();

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
