import { type Goal, type Idea, ideaText } from '../../domain/idea.js';
import { gainOf, reachOf, spreadOf } from '../../domain/idea-metrics.js';
import { abilityVectors } from '../repertoire/ability-vectors.js';
import { storedRepertoireIndex } from '../repertoire/repertoire-index.js';
import { calibrationFor } from '../similarity/calibration-for.js';
import type { ChecklistDeps } from './checklist.js';
import { needNow, setOf } from './needs-now.js';
import { emptyLog, placeNeeds } from './place-needs.js';

export interface Remapped {
  goal: Goal;
  solo: Idea[];
  reach: Idea[];
  /** Ideas whose set changed (reach to solo, mostly). */
  moved: number;
}

/**
 * Places a goal's needs again after the person said what they can do: reach, the two sets, their
 * spreads and the gain are recomputed; what was shown before is kept in the goal's history. The
 * mapping is read and written in one transaction, from the repertoire as it is at that moment, so two
 * processes answering at once both land and the later one sees the earlier's answers.
 */
export async function remapGoal(goalId: string, deps: ChecklistDeps): Promise<Remapped | undefined> {
  const goal = deps.ideas.getGoal(goalId);
  if (!goal) return undefined;
  const before = deps.ideas.listIdeas({ goalId });
  // The slow parts first, outside the write lock: vectors of the needs chops has not placed, and of ideas
  // and abilities the current embedder has not seen.
  const unplaced = [
    ...new Set(before.flatMap((i) => i.needs.filter((n) => !n.abilityId).map((n) => n.name))),
  ];
  const needVectors = new Map(
    (unplaced.length ? await deps.embedder.embed(unplaced) : []).map((v, i) => [unplaced[i]!, v]),
  );
  await abilityVectors(deps.store.listAbilities(), deps);
  const ideaVectors = await ideaVectorsOf(before, deps);
  const calibration = await calibrationFor(deps);

  return deps.store.transaction(() => {
    const index = storedRepertoireIndex(deps, calibration);
    const ideas = deps.ideas.listIdeas({ goalId });
    const now = deps.clock.now();
    const remapped = ideas.map((idea) => {
      const needs = idea.needs.map((need) =>
        need.abilityId && index.get(need.abilityId)
          ? needNow(need, index)
          : placeNeeds([need], [needVectors.get(need.name)], index, [], emptyLog()).needs[0]!,
      );
      return { ...idea, needs, reach: reachOf(needs), set: setOf(needs, idea.set) };
    });
    const changed = remapped.filter(
      (idea, i) =>
        JSON.stringify([idea.set, idea.needs, idea.reach]) !==
        JSON.stringify([ideas[i]!.set, ideas[i]!.needs, ideas[i]!.reach]),
    );
    const solo = remapped.filter((i) => i.set === 'solo');
    const reach = remapped.filter((i) => i.set === 'reach');
    if (changed.length === 0) return { goal, solo, reach, moved: 0 };
    deps.ideas.addGoalHistory({
      goalId,
      until: now,
      soloSpread: goal.soloSpread,
      reachSpread: goal.reachSpread,
      gain: goal.gain,
      ideas: ideas.map(({ id, set, needs, reach }) => ({ id, set, needs, reach })),
    });
    const spreadOfSet = (set: Idea[]) =>
      spreadOf(set.map((i) => ideaVectors.get(i.id)).filter((v): v is Float32Array => v !== undefined));
    const soloSpread = spreadOfSet(solo);
    const reachSpread = spreadOfSet(reach);
    const moved = remapped.filter((idea, i) => idea.set !== ideas[i]!.set).length;
    const updated: Goal = { ...goal, soloSpread, reachSpread, gain: gainOf(soloSpread, reachSpread) };
    deps.ideas.updateIdeas(changed);
    deps.ideas.updateGoal(updated);
    return { goal: updated, solo, reach, moved };
  });
}

async function ideaVectorsOf(
  ideas: readonly Idea[],
  deps: ChecklistDeps,
): Promise<Map<string, Float32Array>> {
  const model = deps.embedder.model;
  const known = deps.vectors.getVectors(
    'idea',
    model,
    ideas.map((i) => i.id),
  );
  const missing = ideas.filter((i) => !known.has(i.id));
  if (missing.length) {
    const fresh = await deps.embedder.embed(missing.map(ideaText));
    missing.forEach((idea, i) => {
      deps.vectors.putVector('idea', idea.id, model, fresh[i]!);
      known.set(idea.id, fresh[i]!);
    });
  }
  return known;
}
