export { type Card, type CardInput, type CardKind, cardKinds, maxCardTextLength, newCard } from './card.js';
export { defaultMasteryDays, isMastered } from './mastery.js';
export {
  type CardMemory,
  inShortTermSteps,
  type MemoryState,
  memoryStates,
  newMemory,
  type ReviewLog,
  reviveLog,
  reviveMemory,
  schedule,
  schedulerParameters,
} from './memory.js';
export { parseRating, type Rating, ratings } from './rating.js';
export type { Review } from './review.js';
export { newTrick, type Trick, type TrickInput, trickKey } from './trick.js';
