import type { Ability } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { AbilityIndex } from '../../domain/deduplication.js';
import type { CalibrationStore } from '../../domain/ports/calibration-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import type { Calibration } from '../../domain/similarity/calibration.js';
import { cosine } from '../../domain/vector.js';
import { calibrationFor } from './calibration-for.js';

/** What `chops similarity` needs: the embedder in use and where its calibration is kept. */
interface SimilarityDeps {
  embedder: Embedder;
  calibrations?: CalibrationStore | undefined;
}

/** How chops judges two texts with the embedder in use. */
export interface SimilarityJudgement {
  a: string;
  b: string;
  /** Cosine similarity of the two texts' vectors. */
  similarity: number;
  /** Whether, as ability names, they are one ability (by name, abbreviation or meaning). */
  sameAbility: boolean;
  /** Why they are one ability, when they are. */
  sameAbilityReason?: string;
  /** Whether, as ideas, the second repeats the first. */
  repeatIdea: boolean;
  /** The embedder's model tag. */
  embedder: string;
}

/** The longest text a side may have: an idea's title and pitch fit many times over. */
const MAX_SIMILARITY_TEXT = 4000;

/** Judges pairs of texts, embedding all of their texts in one call. Texts must be non-blank. */
export async function judgeSimilarity(
  pairs: readonly { a: string; b: string }[],
  deps: SimilarityDeps,
): Promise<{ judgements: SimilarityJudgement[]; calibration: Calibration }> {
  const calibration = await calibrationFor(deps);
  const vectors = await deps.embedder.embed(pairs.flatMap((pair) => [pair.a, pair.b]));
  const judgements = pairs.map((pair, i) => {
    const [va, vb] = [vectors[2 * i]!, vectors[2 * i + 1]!];
    const similarity = cosine(va, vb);
    const index = new AbilityIndex([{ ability: abilityNamed(pair.b), vector: vb }], calibration);
    const match = index.match(pair.a, va);
    return {
      a: pair.a,
      b: pair.b,
      similarity,
      sameAbility: match !== undefined,
      ...(match ? { sameAbilityReason: match.reason } : {}),
      repeatIdea: similarity >= calibration.repeatIdea,
      embedder: deps.embedder.model,
    };
  });
  return { judgements, calibration };
}

/** Why a side of a pair cannot be judged, or undefined when it can. */
export function problemWithText(text: string): string | undefined {
  if (text.trim() === '') return 'empty text';
  if (text.length > MAX_SIMILARITY_TEXT) return `longer than ${MAX_SIMILARITY_TEXT} characters`;
  return undefined;
}

function abilityNamed(name: string): Ability {
  const at = new Date(0);
  return {
    id: 'b',
    name,
    key: nameKey(name),
    domain: 'general',
    kind: 'skill',
    summary: '',
    status: 'own',
    createdAt: at,
    updatedAt: at,
  };
}
