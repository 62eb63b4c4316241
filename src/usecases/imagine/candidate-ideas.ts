import { nameKey } from '../../domain/ability-name.js';
import type { AbilityIndex } from '../../domain/deduplication.js';
import type { IdeaSet, Need } from '../../domain/idea.js';
import { reachOf } from '../../domain/idea-metrics.js';
import { cleanModelText } from '../../domain/model-text.js';
import type { Candidates } from './imagine-schemas.js';

/** A model's idea after cleaning, before selection: needs not yet mapped. */
export interface CandidateIdea {
  set: IdeaSet;
  title: string;
  pitch: string;
  lens: string;
  needs: { name: string; how: string }[];
}

export const maxTitleLength = 120;
export const maxPitchLength = 1200;

/**
 * The usable ideas of a model answer: text made plain and bounded, ideas without a title dropped,
 * needs without a name dropped, a need named twice kept once.
 */
export function cleanCandidates(answer: Candidates, set: IdeaSet): CandidateIdea[] {
  const ideas: CandidateIdea[] = [];
  for (const raw of answer.ideas) {
    const title = cleanModelText(raw.title, maxTitleLength);
    if (title === '') continue;
    const seen = new Set<string>();
    const needs: CandidateIdea['needs'] = [];
    for (const need of raw.needs) {
      const name = cleanModelText(need.name, 120);
      const key = nameKey(name);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      needs.push({ name, how: cleanModelText(need.how, 300) });
    }
    ideas.push({
      set,
      title,
      pitch: cleanModelText(raw.pitch, maxPitchLength),
      lens: cleanModelText(raw.lens, 80),
      needs,
    });
  }
  return ideas;
}

/**
 * Each need placed against the repertoire by chops itself (the model's word is never taken): the
 * ability it is (same deduplication as the repertoire), and whether that is own, lent, or new.
 */
export function mapNeeds(
  needs: readonly { name: string; how: string }[],
  vectors: readonly Float32Array[],
  repertoire: AbilityIndex,
): { needs: Need[]; reach: number } {
  const mapped = needs.map((need, i): Need => {
    const match = repertoire.match(need.name, vectors[i]);
    if (!match) return { name: need.name, how: need.how, status: 'new' };
    const status = match.ability.status === 'own' ? 'own' : 'lent';
    return { name: match.ability.name, how: need.how, status, abilityId: match.ability.id };
  });
  return { needs: mapped, reach: reachOf(mapped) };
}
