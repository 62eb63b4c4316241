import type { OwnIdeaRow } from '../ledger/own-ideas.js';
import type { LedgerRange } from './ledger-store.js';

/** The read side of the own-ideas ledger (times in ms since the epoch). Nothing here writes. */
export interface OwnIdeasLedgerStore {
  /** The person's own ideas made in range, oldest first, with their vectors and the model's for the same goal. */
  ownIdeas(range: LedgerRange): OwnIdeaRow[];
  /** For each ability an artifact used while it was lent: the first such artifact's time. */
  lentInArtifacts(): { abilityId: string; at: number }[];
  /** For each ability with reviewed cards: its first review's time. */
  firstReviews(): { abilityId: string; at: number }[];
  /** The person's own AUT answers in range, oldest first. */
  autScores(range: LedgerRange): {
    id: string;
    object: string;
    fluency: number;
    originality: number;
    flexibility: number | null;
    takenAt: number;
  }[];
}
