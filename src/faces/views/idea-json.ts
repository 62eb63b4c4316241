import type { Artifact } from '../../domain/artifact-record.js';
import type { Goal, Idea, IdeaSet, Need } from '../../domain/idea.js';
import type { MineIdea } from '../../domain/mine.js';
import type { ArrivingIdea } from '../../usecases/imagine/imagine.js';
import type { ToConfirm } from '../../usecases/recognition/checklist.js';
import { toConfirmJson } from './checklist-json.js';

function needJson(need: Need) {
  return { name: need.name, status: need.status, how: need.how };
}

/** An idea as `--json` and the HTTP API show it: the fields DESIGN.md and the imagine issue name. */
export function ideaJson(idea: Idea) {
  return {
    id: idea.id,
    goalId: idea.goalId,
    set: idea.set,
    title: idea.title,
    pitch: idea.pitch,
    lens: idea.lens,
    needs: idea.needs.map(needJson),
    reach: round(idea.reach),
    novelty: round(idea.novelty),
    createdAt: idea.createdAt.toISOString(),
  };
}

export function goalJson(goal: Goal) {
  return {
    id: goal.id,
    text: goal.text,
    domain: goal.domain,
    model: goal.model,
    spread: { solo: roundOrNull(goal.soloSpread), reach: roundOrNull(goal.reachSpread) },
    gain: roundOrNull(goal.gain),
    notes: goal.notes,
    createdAt: goal.createdAt.toISOString(),
  };
}

/** One idea with its goal, as `chops idea --json` prints it and GET /api/ideas/:id answers. */
export function ideaWithGoalJson(idea: Idea, goal: Goal) {
  return { ...ideaJson(idea), goal: goalJson(goal) };
}

/** What was made of an idea, so a goal's page can say so and link there. */
export function madeOfIdeaJson(artifact: Pick<Artifact, 'id' | 'format' | 'passed'>) {
  return { id: artifact.id, format: artifact.format, passed: artifact.passed };
}

/**
 * A goal's page (GET /api/goals/:id): the goal, the person's own ideas, and the model's sets with what
 * was made of each idea.
 */
export function goalDetailJson(
  goal: Goal,
  mine: readonly MineIdea[],
  ideas: readonly Idea[],
  madeOf: (ideaId: string) => readonly Pick<Artifact, 'id' | 'format' | 'passed'>[],
) {
  const shown = ideas.map((idea) => ({ ...ideaJson(idea), made: madeOf(idea.id).map(madeOfIdeaJson) }));
  return {
    goal: goalJson(goal),
    mine: mine.map(mineIdeaJson),
    solo: shown.filter((idea) => idea.set === 'solo'),
    reach: shown.filter((idea) => idea.set === 'reach'),
  };
}

/**
 * What `chops imagine --json` prints and POST /api/imagine answers: a goal with its sets (the person's
 * own first when they gave any), each idea with its originality when it was scored, and the needs to
 * confirm.
 */
export function imaginedJson(result: {
  goal: Goal;
  solo: readonly Idea[];
  reach: readonly Idea[];
  mine?: readonly MineIdea[];
  mineSpread?: number | undefined;
  originality?: ReadonlyMap<string, number>;
  toConfirm?: readonly ToConfirm[];
}) {
  const goal = goalJson(result.goal);
  const mine = result.mine ?? [];
  const scored = (idea: Idea) => withOriginality(ideaJson(idea), result.originality ?? new Map());
  return {
    goal: result.goal.text,
    goalId: result.goal.id,
    mine: mine.map(mineIdeaJson),
    solo: result.solo.map(scored),
    reach: result.reach.map(scored),
    spread: { ...(mine.length ? { mine: roundOrNull(result.mineSpread) } : {}), ...goal.spread },
    gain: goal.gain,
    notes: result.goal.notes,
    // The needs chops could not place, for the person to confirm (chops can / chops lack).
    toConfirm: (result.toConfirm ?? []).map(toConfirmJson),
  };
}

/** Imagine's `candidates` event: a set's candidates as the model writes them, not yet checked or selected. */
export function candidatesJson(set: IdeaSet, ideas: readonly ArrivingIdea[]) {
  return { set, ideas: ideas.map((idea) => ({ title: idea.title, pitch: idea.pitch, lens: idea.lens })) };
}

/** One of the person's own ideas, with the same measures as the model's. */
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

/** A model idea's JSON with its originality (1–5) beside the other measures; null when not scored. */
function withOriginality<T extends { id: string }>(json: T, originality: ReadonlyMap<string, number>) {
  return { ...json, originality: roundOrNull(originality.get(json.id)) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundOrNull(value: number | undefined): number | null {
  return value === undefined ? null : round(value);
}
