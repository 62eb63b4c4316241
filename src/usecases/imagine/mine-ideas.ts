import { z } from 'zod';
import { nameKey } from '../../domain/ability-name.js';
import { type Idea, ideaText } from '../../domain/idea.js';
import { noveltyOf, spreadOf } from '../../domain/idea-metrics.js';
import type { MineIdea } from '../../domain/mine.js';
import { cleanModelText, quoteInline } from '../../domain/model-text.js';
import type { Clock, GenerateId } from '../../domain/ports/clock.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import type { MineStore } from '../../domain/ports/mine-store.js';
import type { VectorStore } from '../../domain/ports/vector-store.js';
import type { RepertoireIndex } from '../../domain/recognition.js';
import type { Calibration } from '../../domain/similarity/calibration.js';
import type { VectorMatrix } from '../../domain/vector.js';
import { type OriginalityDeps, scoreResponses } from '../originality/score-responses.js';
import { type PlacementLog, placeNeeds } from '../recognition/place-needs.js';
import { needSchema } from './imagine-schemas.js';

/** The needs call for the person's own ideas: by number, as listed in the prompt. */
export const mineNeedsSchema = z.object({
  ideas: z
    .array(
      z.object({
        number: z.number().int().describe('the number of the idea, as listed'),
        needs: z.array(needSchema).max(12).describe('every ability the idea needs, own or not'),
      }),
    )
    .max(24),
});

/** The prompt's part about the person's own ideas: only their needs are asked for, never new ideas. */
export function mineNeedsPrompt(personBlock: string, mine: readonly MineIdea[]): string {
  return [
    personBlock,
    'The person wrote down these ideas of their own for the goal. Do not change or improve them, and ' +
      'do not add ideas. For each one, by its number, list every ability it needs (short names) and how ' +
      'it is used:',
    mine.map((idea, i) => `${i + 1}. ${quoteInline(idea.text)}`).join('\n'),
  ].join('\n\n');
}

/** Stores the person's ideas at once, before any model call, so nothing the model says precedes them. */
export function saveMineFirst(
  texts: readonly string[],
  goal: { id: string; text: string; domain: string },
  deps: { mine: MineStore; clock: Clock; generateId: GenerateId },
): MineIdea[] {
  const now = deps.clock.now();
  const ideas = texts.map(
    (text, position): MineIdea => ({
      id: deps.generateId(),
      goalId: goal.id,
      goalText: goal.text,
      domain: goal.domain,
      position,
      text,
      needs: [],
      reach: undefined,
      novelty: undefined,
      originality: undefined,
      createdAt: now,
    }),
  );
  deps.mine.insertMine(ideas);
  return ideas;
}

/**
 * The person's ideas measured like the model's: needs (from the model's list, mapped by chops onto the
 * repertoire), reach, novelty against earlier ideas; the vectors, for spread and for keeping the model
 * from repeating them. An idea the model gave no needs for keeps reach undefined.
 */
export async function measureMine(
  mine: readonly MineIdea[],
  answer: z.infer<typeof mineNeedsSchema> | undefined,
  deps: {
    embedder: Embedder;
    repertoire: RepertoireIndex;
    /** Where matches of the model's names to the person's abilities are noted (they become aliases). */
    log: PlacementLog;
    earlier: VectorMatrix | undefined;
    calibration: Pick<Calibration, 'repeatIdea' | 'unrelatedIdeas'>;
  },
): Promise<{ ideas: MineIdea[]; vectors: Float32Array[] }> {
  const vectors = await deps.embedder.embed(mine.map((idea) => idea.text));
  const needsOf = new Map<number, { name: string; how: string }[]>();
  for (const entry of answer?.ideas ?? []) {
    const seen = new Set<string>();
    const needs = entry.needs
      .map((need) => ({ name: cleanModelText(need.name, 120), how: cleanModelText(need.how, 300) }))
      .filter((need) => {
        const key = nameKey(need.name);
        if (key === '' || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    if (!needsOf.has(entry.number)) needsOf.set(entry.number, needs);
  }
  const ideas: MineIdea[] = [];
  for (const [i, idea] of mine.entries()) {
    const given = needsOf.get(i + 1);
    const mapped = given?.length
      ? placeNeeds(
          given,
          await deps.embedder.embed(given.map((need) => need.name)),
          deps.repertoire,
          [],
          deps.log,
        )
      : undefined;
    ideas.push({
      ...idea,
      needs: mapped?.needs ?? [],
      reach: mapped?.reach,
      novelty: noveltyOf(vectors[i]!, deps.earlier, deps.calibration),
    });
  }
  return { ideas, vectors };
}

/**
 * Originality of every idea for one goal, the person's and the model's together: the goal is the
 * "object", so each idea is judged by its rarity among the others and its distance from the goal.
 * Without a scorer, none.
 */
export async function originalityOfSets(
  goal: string,
  mine: readonly MineIdea[],
  ideas: readonly Idea[],
  deps: OriginalityDeps | undefined,
): Promise<{ mine: MineIdea[]; originality: Map<string, number> }> {
  const originality = new Map<string, number>();
  if (!deps) return { mine: [...mine], originality };
  const texts = [...mine.map((idea) => idea.text), ...ideas.map(ideaText)];
  const scores = await scoreResponses(
    texts.map((response) => ({ object: goal, response })),
    deps,
  );
  [...mine, ...ideas].forEach((idea, i) => {
    originality.set(idea.id, scores[i]!.originality);
  });
  return { mine: mine.map((idea, i) => ({ ...idea, originality: scores[i]!.originality })), originality };
}

/** Spread of the person's set, as for solo and reach. */
export function mineSpread(vectors: readonly Float32Array[]): number | undefined {
  return spreadOf(vectors);
}

/** Saves the measures and vectors of the person's ideas. */
export function saveMineMeasures(
  ideas: readonly MineIdea[],
  vectors: readonly Float32Array[],
  deps: { mine: MineStore; vectors: VectorStore; embedder: Embedder },
): void {
  deps.mine.updateMineMeasures(ideas);
  ideas.forEach((idea, i) => {
    deps.vectors.putVector('mine', idea.id, deps.embedder.model, vectors[i]!);
  });
}
