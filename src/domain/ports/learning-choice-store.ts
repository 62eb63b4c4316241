import type { CardChange } from '../practice/card-change.js';

/**
 * The person's own choices about learning, apart from FSRS's scheduling: abilities declined (never
 * offered to learn again unless named), and hand-made card changes with their history.
 */
export interface LearningChoiceStore {
  /** Abilities the person declined to learn, by id. */
  declinedAbilityIds(): Set<string>;
  declineAbilities(abilityIds: readonly string[], at: Date): void;
  /** Named again: offered again from now on. */
  undeclineAbilities(abilityIds: readonly string[]): void;
  /** Writes a card's text (prompt, answer, check). */
  updateCardText(card: { id: string; prompt: string; answer: string; check?: string | undefined }): void;
  /** Removes a card and its reviews; its changes stay. */
  deleteCard(cardId: string): void;
  insertCardChange(change: CardChange): void;
  /** The changes of one card, oldest first. */
  listCardChanges(cardId: string): CardChange[];
}
