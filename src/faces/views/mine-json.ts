import type { MineIdea } from '../../domain/mine.js';
import { needJson } from './idea-json.js';

/** One of the person's own ideas, as `--json` and the HTTP API show it, with the same measures as the model's. */
export function mineIdeaJson(idea: MineIdea) {
  return {
    id: idea.id,
    goalId: idea.goalId,
    set: 'mine' as const,
    text: idea.text,
    needs: idea.needs.map(needJson),
    reach: roundOrNull(idea.reach),
    novelty: roundOrNull(idea.novelty),
    originality: roundOrNull(idea.originality),
    createdAt: idea.createdAt.toISOString(),
  };
}

/** A model idea's JSON with its originality (1–5) beside the other measures, when it was scored. */
export function withOriginality<T extends { id: string }>(json: T, originality: ReadonlyMap<string, number>) {
  return { ...json, originality: roundOrNull(originality.get(json.id)) };
}

export function roundOrNull(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 1000) / 1000;
}
