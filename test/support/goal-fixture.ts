import type { Goal, Idea } from '../../src/domain/idea.js';
import type { IdeaStore } from '../../src/domain/ports/idea-store.js';

/** Stores one goal with ideas, as `imagine` would have left them, for tests and benches. */
export function storeGoal(
  store: IdeaStore,
  goal: Partial<Goal> & Pick<Goal, 'id' | 'text' | 'domain'>,
  ideas: readonly (Partial<Idea> & Pick<Idea, 'id' | 'title'>)[],
): void {
  const createdAt = goal.createdAt ?? new Date('2026-01-01T00:00:00Z');
  store.insertGoal({
    model: 'mock',
    soloSpread: undefined,
    reachSpread: undefined,
    gain: undefined,
    notes: [],
    createdAt,
    ...goal,
  });
  store.insertIdeas(
    ideas.map((idea) => ({
      goalId: goal.id,
      set: 'reach',
      pitch: `${idea.title}.`,
      lens: 'a lens',
      needs: [],
      reach: 0,
      novelty: 1,
      createdAt,
      ...idea,
    })),
  );
}
