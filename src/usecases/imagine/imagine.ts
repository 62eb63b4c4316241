import { ModelError, UserInputError } from '../../domain/errors/index.js';
import { type Goal, type Idea, type IdeaSet, ideaText } from '../../domain/idea.js';
import { gainOf, noveltyOf, spreadOf } from '../../domain/idea-metrics.js';
import { cleanMineIdeas, type MineIdea } from '../../domain/mine.js';
import { cleanModelText } from '../../domain/model-text.js';
import type { ArtifactFormats } from '../../domain/ports/format-checker.js';
import type { IdeaStore } from '../../domain/ports/idea-store.js';
import type { MineStore } from '../../domain/ports/mine-store.js';
import type { Thinker } from '../../domain/ports/thinker.js';
import { nearest, VectorMatrix } from '../../domain/vector.js';
import type { OriginalityDeps } from '../originality/score-responses.js';
import { type ToConfirm, toConfirm } from '../recognition/checklist.js';
import { setOf } from '../recognition/needs-now.js';
import { emptyLog, placeNeeds } from '../recognition/place-needs.js';
import { recordPlacements } from '../recognition/record-placements.js';
import type { RepertoireDeps } from '../repertoire/repertoire-deps.js';
import { repertoireIndex } from '../repertoire/repertoire-index.js';
import { calibrationFor } from '../similarity/calibration-for.js';
import { cleanCandidates } from './candidate-ideas.js';
import { cleanGoal } from './goal-text.js';
import { earlierIdeaVectors } from './idea-vectors.js';
import {
  imagineSystem,
  lensesPrompt,
  type PromptContext,
  personBlock,
  reachPrompt,
  soloPrompt,
} from './imagine-prompts.js';
import { candidatesSchema, lensesSchema } from './imagine-schemas.js';
import {
  measureMine,
  mineNeedsPrompt,
  mineNeedsSchema,
  mineSpread,
  originalityOfSets,
  saveMineFirst,
  saveMineMeasures,
} from './mine-ideas.js';
import { avoidMatrix, selectIdeas } from './select-ideas.js';

export interface ImagineDeps extends RepertoireDeps {
  ideas: IdeaStore;
  thinker: Thinker;
  /** What chops can make: reach ideas must come true as one of these formats. */
  formats: ArtifactFormats;
  /** Where the person's own ideas go; needed when `mine` is given. */
  mine?: MineStore;
  /** The offline originality scorer; without it ideas get no originality. */
  originality?: OriginalityDeps;
  /** Similarity under which a model's claim that a need is a listed ability is refused (recognition.ts). */
  claimSimilarity?: number;
}

interface ImagineInput {
  goal: string;
  domain: string;
  /** Ideas to keep per set (1..12, default 5). */
  count?: number;
  /** The person's own ideas, given before any model idea is seen; stored before the first model call. */
  mine?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
  /**
   * Told of each set's candidates as the model writes them (titles may still be growing), so a face can
   * show ideas as they arrive. They are only candidates: the result keeps the checked, selected ones.
   */
  onCandidates?: (set: IdeaSet, candidates: ArrivingIdea[]) => void;
}

/** A candidate idea as it arrives from the model, its text already made plain. */
export interface ArrivingIdea {
  title: string;
  pitch: string;
  lens: string;
}

export interface ImagineResult {
  goal: Goal;
  solo: Idea[];
  reach: Idea[];
  /** The person's own ideas, measured; empty when none were given. */
  mine: MineIdea[];
  /** Spread of the person's own set. */
  mineSpread: number | undefined;
  /** Originality (1–5) of every idea, the person's and the model's, by id; empty without a scorer. */
  originality: ReadonlyMap<string, number>;
  /** The needs chops could not place, to ask the person about: "Can you already do these?" */
  toConfirm: ToConfirm[];
}

/** How much of the person goes into a prompt, whatever the size of their repertoire. */
const promptBounds = { relevantAbilities: 30, domains: 8, earlierTitles: 8 } as const;

const fallbackLenses = [
  'an outsider from a distant field',
  'the cheapest possible version',
  'a beginner',
  'ten times bigger',
];

/**
 * Imagines ideas for a goal in two sets, solo and reach, from three model calls whatever the count:
 * lenses, then solo and reach candidates (more than are shown) in parallel. chops maps every need onto
 * the repertoire, drops repeats of earlier ideas, keeps the most mutually different candidates, and
 * stores the goal with its ideas in one transaction.
 */
export async function imagine(input: ImagineInput, deps: ImagineDeps): Promise<ImagineResult> {
  const goalText = cleanGoal(input.goal);
  const count = input.count ?? 5;
  if (!Number.isInteger(count) || count < 1 || count > 12)
    throw new UserInputError('the number of ideas must be 1 to 12');
  const progress = input.onProgress ?? (() => {});
  const mineTexts = cleanMineIdeas(input.mine ?? []);
  if (mineTexts.length > 0 && !deps.mine)
    throw new Error('imagine: ideas of the person given without a mine store');
  // The same goal asked again adds ideas to it instead of making a twin (its earlier ideas are among
  // those the new ones must differ from).
  const existing = deps.ideas.findGoal(goalText, input.domain);
  const earlyGoalId = mineTexts.length > 0 ? (existing?.id ?? deps.generateId()) : undefined;
  const mineSaved = earlyGoalId
    ? saveMineFirst(
        mineTexts,
        { id: earlyGoalId, text: goalText, domain: input.domain },
        { ...deps, mine: deps.mine! },
      )
    : [];

  const calibration = await calibrationFor({ ...deps, signal: input.signal });
  const [goalVector] = await deps.embedder.embed([goalText]);
  const abilities = deps.store.listAbilities();
  // One index of the repertoire serves both the prompt's relevant slice and the mapping of needs.
  const { index: repertoire } = await repertoireIndex(deps, abilities);
  const relevant = repertoire.index.closest(goalVector!, promptBounds.relevantAbilities);
  const earlier = await earlierIdeaVectors(deps);
  const earlierMatrix = earlier.vectors.length
    ? VectorMatrix.fromRows(earlier.vectors, goalVector!.length)
    : undefined;
  const earlierTitles = earlierMatrix
    ? nearest(goalVector!, earlierMatrix, promptBounds.earlierTitles)
        .map((hit) => deps.ideas.getIdea(earlier.ids[hit.index]!)?.title)
        .filter((title): title is string => Boolean(title))
    : [];
  const context: PromptContext = {
    goal: goalText,
    person: deps.store.getPerson(),
    domain: input.domain,
    relevant: relevant.map((r) => r.ability),
    domains: deps.store.domainCounts(promptBounds.domains),
    earlierTitles,
    mine: mineTexts,
  };

  const think = { signal: input.signal, system: imagineSystem } as const;
  progress('finding lenses');
  const lensAnswer = await deps.thinker.think({
    ...think,
    schema: lensesSchema,
    schemaName: 'lenses',
    prompt: lensesPrompt(context, Math.min(8, count + 3)),
  });
  const lenses = lensAnswer.lenses.map((l) => cleanModelText(l.name, 80)).filter(Boolean);
  const lensNames = lenses.length ? lenses : fallbackLenses;
  const asked = Math.min(24, Math.max(6, 2 * count));
  progress(`imagining ${asked} solo and ${asked} reach candidates`);
  const candidatesCall = (set: IdeaSet, prompt: string) =>
    deps.thinker.think({
      ...think,
      schema: candidatesSchema,
      schemaName: 'ideas',
      prompt,
      ...(input.onCandidates
        ? { onPartial: (partial: unknown) => input.onCandidates?.(set, arrivingIdeas(partial)) }
        : {}),
    });
  const [soloAnswer, reachAnswer, mineAnswer] = await Promise.all([
    candidatesCall('solo', soloPrompt(context, lensNames, asked)),
    candidatesCall('reach', reachPrompt(context, lensNames, asked, deps.formats.all)),
    mineSaved.length
      ? deps.thinker.think({
          ...think,
          schema: mineNeedsSchema,
          schemaName: 'needs',
          prompt: mineNeedsPrompt(personBlock(context), mineSaved),
        })
      : undefined,
  ]);
  const candidates = [...cleanCandidates(soloAnswer, 'solo'), ...cleanCandidates(reachAnswer, 'reach')];
  if (candidates.length === 0)
    throw new ModelError(`${deps.thinker.modelName} returned no usable ideas; nothing was saved`);

  progress('mapping needs onto your repertoire');
  const needNames = candidates.flatMap((c) => c.needs.map((n) => n.name));
  const needVectors = needNames.length ? await deps.embedder.embed(needNames) : [];
  const ideaVectors = await deps.embedder.embed(candidates.map(ideaText));
  const now = deps.clock.now();
  const goalId = earlyGoalId ?? existing?.id ?? deps.generateId();
  const log = emptyLog();
  const measuredMine = await measureMine(mineSaved, mineAnswer, {
    ...deps,
    repertoire,
    log,
    earlier: earlierMatrix,
    calibration,
  });
  let offset = 0;
  const mapped = candidates.map((candidate, i) => {
    const start = offset;
    offset += candidate.needs.length;
    const { needs, reach } = placeNeeds(
      candidate.needs,
      needVectors.slice(start, offset),
      repertoire,
      context.relevant,
      log,
      deps.claimSimilarity,
    );
    const idea: Idea = {
      id: deps.generateId(),
      goalId,
      // Honest sets: solo only when every need is the person's own, whichever call the idea came from.
      set: setOf(needs, candidate.set),
      title: candidate.title,
      pitch: candidate.pitch,
      lens: candidate.lens,
      needs,
      reach,
      novelty: noveltyOf(ideaVectors[i]!, earlierMatrix, calibration),
      createdAt: now,
    };
    return { idea, vector: ideaVectors[i]! };
  });

  const notes: string[] = recognitionNotes(candidates, mapped, log);
  // The person's own ideas are among those the model's must not repeat.
  const avoid = measuredMine.vectors.length
    ? avoidMatrix([...earlier.vectors, ...measuredMine.vectors], goalVector!.length)
    : earlierMatrix;
  const selection = { earlier: avoid, calibration, goal: goalVector };
  const soloPicked = selectIdeas('solo', mapped, selection, count, notes);
  const siblings = soloPicked.map((p) => p.vector);
  const reachPicked = selectIdeas('reach', mapped, { ...selection, siblings }, count, notes);
  if (abilities.filter((a) => a.status === 'own').length === 0) {
    notes.unshift(
      'Your repertoire has no abilities of your own yet, so the solo set is thin: add some with chops can.',
    );
  }
  const soloSpread = spreadOf(
    soloPicked.map((p) => p.vector),
    calibration.centre,
  );
  const reachSpread = spreadOf(
    reachPicked.map((p) => p.vector),
    calibration.centre,
  );
  if (existing)
    notes.unshift(
      `Added to your earlier goal "${existing.text}": its ideas so far are kept, and these differ from them.`,
    );
  const goal: Goal = {
    id: goalId,
    text: existing?.text ?? goalText,
    domain: input.domain,
    model: deps.thinker.modelName,
    soloSpread,
    reachSpread,
    gain: gainOf(soloSpread, reachSpread),
    notes,
    createdAt: existing?.createdAt ?? now,
  };
  const kept = [...soloPicked, ...reachPicked];
  const { mine: mineIdeas, originality } = await originalityOfSets(
    goalText,
    measuredMine.ideas,
    kept.map((p) => p.idea),
    deps.originality,
  );
  // A caller that gave up while the last answers came in gets nothing saved.
  input.signal?.throwIfAborted();
  deps.store.transaction(() => {
    if (deps.mine && mineIdeas.length)
      saveMineMeasures(mineIdeas, measuredMine.vectors, { ...deps, mine: deps.mine });
    recordPlacements(deps.store, log, now);
    if (existing) deps.ideas.updateGoal(goal);
    else deps.ideas.insertGoal(goal);
    deps.ideas.insertIdeas(kept.map((p) => p.idea));
    deps.vectors.putVector('goal', goalId, deps.embedder.model, goalVector!);
    for (const p of kept) deps.vectors.putVector('idea', p.idea.id, deps.embedder.model, p.vector);
  });
  const solo = soloPicked.map((p) => p.idea);
  const reach = reachPicked.map((p) => p.idea);
  return {
    goal,
    solo,
    reach,
    mine: mineIdeas,
    mineSpread: mineSpread(measuredMine.vectors),
    originality,
    toConfirm: await toConfirm([...solo, ...reach], deps, undefined, repertoire),
  };
}

/** What the person should know about how their needs were placed: moved ideas, refused claims. */
function recognitionNotes(
  candidates: readonly { set: IdeaSet }[],
  mapped: readonly { idea: Idea }[],
  log: ReturnType<typeof emptyLog>,
): string[] {
  const notes: string[] = [];
  const moved = mapped.filter((m, i) => candidates[i]!.set === 'solo' && m.idea.set === 'reach').length;
  if (moved > 0)
    notes.push(
      `${moved} ideas meant to be solo need abilities that are not yet yours (or that chops could not place): they count as reach ideas.`,
    );
  for (const { name, claimed } of log.refused.slice(0, 3))
    notes.push(`The model said "${name}" is your "${claimed}"; chops did not take its word.`);
  return notes;
}

/** The ideas of a partial answer that have a title so far; a partial answer is unchecked, so look carefully. */
function arrivingIdeas(partial: unknown): ArrivingIdea[] {
  const ideas = (partial as { ideas?: unknown } | undefined)?.ideas;
  if (!Array.isArray(ideas)) return [];
  return ideas.flatMap((raw: unknown) => {
    const idea = raw as { title?: unknown; pitch?: unknown; lens?: unknown } | null;
    const title = typeof idea?.title === 'string' ? cleanModelText(idea.title, 120) : '';
    if (title === '') return [];
    const text = (value: unknown, max: number) =>
      typeof value === 'string' ? cleanModelText(value, max) : '';
    return [{ title, pitch: text(idea?.pitch, 1200), lens: text(idea?.lens, 80) }];
  });
}
