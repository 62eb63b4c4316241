import { nameKey } from '../../domain/ability-name.js';
import type { IdeaSet } from '../../domain/idea.js';
import { cleanModelText } from '../../domain/model-text.js';
import type { Candidates } from './imagine-schemas.js';

/** A model's idea after cleaning, before selection: needs not yet mapped. */
interface CandidateIdea {
  set: IdeaSet;
  title: string;
  pitch: string;
  lens: string;
  /** `is`: the listed ability the model says the need is, unchecked. */
  needs: { name: string; how: string; is?: string | undefined }[];
}

const maxTitleLength = 120;
const maxPitchLength = 1200;

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
      const claim = need.is === undefined ? '' : cleanModelText(need.is, 120);
      needs.push({ name, how: cleanModelText(need.how, 300), ...(claim ? { is: claim } : {}) });
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
