import type { AnswersResult } from '../../usecases/recognition/answers.js';
import type { ToConfirm } from '../../usecases/recognition/checklist.js';
import type { ProposedGroup } from '../../usecases/recognition/propose-abilities.js';
import { abilityJson, outcomeJson } from './ability-json.js';

/** One line of "Can you already do these?", as `--json` and the HTTP API show it. */
export function toConfirmJson(item: ToConfirm) {
  return {
    name: item.name,
    neededBy: item.neededBy,
    completes: item.completes,
    sameAs: item.sameAs ? { id: item.sameAs.id, name: item.sameAs.name } : null,
  };
}

/** A goal's checklist (GET /api/goals/:id/checklist). */
export function checklistJson(toConfirm: readonly ToConfirm[]) {
  return { toConfirm: toConfirm.map(toConfirmJson) };
}

/** The checklist answered (POST /api/checklist): what became the person's, what not yet, what moved. */
export function answeredJson(result: AnswersResult) {
  return {
    owned: result.owned.map(outcomeJson),
    confirmed: result.confirmed.map((c) => ({ name: c.name, ability: abilityJson(c.ability) })),
    ...notYetJson(result.notYet),
    remapped: result.remapped.map((r) => ({
      goalId: r.goal.id,
      moved: r.moved,
      solo: r.solo.length,
      reach: r.reach.length,
    })),
  };
}

/** The names remembered as "not yet", as `chops lack --json` prints them and the checklist's answer holds them. */
export function notYetJson(names: readonly string[]) {
  return { notYet: [...names] };
}

/** Abilities proposed for a first repertoire (POST /api/proposals), grouped. */
export function proposalsJson(groups: readonly ProposedGroup[]) {
  return { groups: groups.map((group) => ({ name: group.name, abilities: group.abilities })) };
}
