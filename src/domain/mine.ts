import { UserInputError } from './errors/index.js';
import type { Need } from './idea.js';
import { cutText } from './model-text.js';

/**
 * The person's own ideas for a goal ("mine"), asked for before any model idea is shown so that none
 * can anchor them. Measured like the model's ideas: needs mapped onto the repertoire, reach, novelty,
 * originality.
 */
export interface MineIdea {
  id: string;
  goalId: string;
  /** The goal as the person wrote it (kept with the idea: it is stored before the goal is). */
  goalText: string;
  domain: string;
  position: number;
  text: string;
  /** Empty until the model has listed its needs (and if it never could). */
  needs: Need[];
  /** Undefined until measured. */
  reach: number | undefined;
  novelty: number | undefined;
  originality: number | undefined;
  createdAt: Date;
}

/** Most own ideas taken for one goal; "a few lines". */
export const MAX_MINE_IDEAS = 12;
/** Longest own idea; a line or two. */
export const MAX_MINE_CHARACTERS = 600;

/**
 * The person's ideas as given: trimmed, blank ones dropped, repeats (ignoring case) once. Throws
 * UserInputError when there are too many or one is too long, before anything is stored.
 */
export function cleanMineIdeas(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const ideas: string[] = [];
  for (const entry of entries) {
    const text = entry.replace(/\s+/g, ' ').trim();
    if (text === '' || seen.has(text.toLowerCase())) continue;
    if (text.length > MAX_MINE_CHARACTERS)
      throw new UserInputError(
        `one of your ideas is longer than ${MAX_MINE_CHARACTERS} characters: "${cutText(text, 41)}"`,
      );
    seen.add(text.toLowerCase());
    ideas.push(text);
  }
  if (ideas.length > MAX_MINE_IDEAS)
    throw new UserInputError(`${ideas.length} ideas of your own; give at most ${MAX_MINE_IDEAS}`);
  return ideas;
}
