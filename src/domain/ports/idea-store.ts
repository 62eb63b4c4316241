import type { Goal, Idea } from '../idea.js';

/** Where goals and their ideas live. */
export interface IdeaStore {
  insertGoal(goal: Goal): void;
  insertIdeas(ideas: readonly Idea[]): void;
  getGoal(id: string): Goal | undefined;
  listGoals(): Goal[];
  getIdea(id: string): Idea | undefined;
  /** Ideas of one goal (in set and position order), or all ideas newest first. */
  listIdeas(filter?: { goalId?: string | undefined }): Idea[];
  /** Ids of every idea made before now, for novelty (their vectors live in the vector store). */
  ideaIds(): string[];
}
