import { UserInputError } from '../errors/index.js';

/** How well the person recalled a card, in FSRS's four grades, worst first. */
export const ratings = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof ratings)[number];

/**
 * A rating from what a person typed: its name (any case) or its number, 1 (again) to 4 (easy), the keys
 * a session offers.
 */
export function parseRating(value: string): Rating {
  const text = value.trim().toLowerCase();
  const byNumber = /^[1-4]$/.test(text) ? ratings[Number(text) - 1] : undefined;
  const rating = byNumber ?? ratings.find((r) => r === text);
  if (!rating)
    throw new UserInputError(`rating must be one of ${ratings.join(', ')} (or 1-4), not "${value}"`);
  return rating;
}
