import type { Goal, Idea, Need } from '../../domain/idea.js';
import type { ToConfirm } from '../../usecases/recognition/checklist.js';
import { toConfirmJson } from './checklist-json.js';

export function needJson(need: Need) {
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

/** What `chops imagine --json` prints and POST /api/imagine answers: a goal with its two sets. */
export function imaginedJson(result: {
  goal: Goal;
  solo: readonly Idea[];
  reach: readonly Idea[];
  toConfirm?: readonly ToConfirm[];
}) {
  const goal = goalJson(result.goal);
  return {
    goal: result.goal.text,
    goalId: result.goal.id,
    solo: result.solo.map(ideaJson),
    reach: result.reach.map(ideaJson),
    spread: goal.spread,
    gain: goal.gain,
    notes: result.goal.notes,
    // The needs chops could not place, for the person to confirm (chops can / chops lack).
    toConfirm: (result.toConfirm ?? []).map(toConfirmJson),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundOrNull(value: number | undefined): number | null {
  return value === undefined ? null : round(value);
}
