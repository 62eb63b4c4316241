import type { Goal, Idea, ShownGoal } from '../idea.js';

/** Where goals and their ideas live. */
export interface IdeaStore {
  insertGoal(goal: Goal): void;
  insertIdeas(ideas: readonly Idea[]): void;
  getGoal(id: string): Goal | undefined;
  /** The earliest goal with this text (any case) in this domain, if the person asked it before. */
  findGoal(text: string, domain: string): Goal | undefined;
  /** Writes a goal's model, spreads, gain and notes (a goal imagined again). */
  updateGoal(goal: Goal): void;
  listGoals(): Goal[];
  getIdea(id: string): Idea | undefined;
  /** Ideas of one goal (in set and position order), or all ideas newest first. */
  listIdeas(filter?: { goalId?: string | undefined }): Idea[];
  /** Ids of every idea made before now, for novelty (their vectors live in the vector store). */
  ideaIds(): string[];
  /** Re-mapped ideas: their set, needs and reach change; their text and position do not. */
  updateIdeas(ideas: readonly Pick<Idea, 'id' | 'set' | 'needs' | 'reach'>[]): void;
  /** What a goal showed before a re-map, kept so that its history is never rewritten. */
  addGoalHistory(entry: ShownGoal): void;
  listGoalHistory(goalId: string): ShownGoal[];
}
