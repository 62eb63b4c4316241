import {
  type AutRecord,
  type AutResult,
  distinctUses,
  MAX_AUT_USE_CHARACTERS,
  MAX_AUT_USES,
  summariseAut,
} from '../../domain/aut.js';
import { UserInputError } from '../../domain/errors/index.js';
import { cutText } from '../../domain/model-text.js';
import { objectKey } from '../../domain/originality/content-words.js';
import { type OriginalityDeps, scoreResponses } from '../originality/score-responses.js';
import type { AutDeps } from './aut-deps.js';

/** A taken task: the scoring, and the record kept. */
interface TakenAut {
  result: AutResult;
  record: AutRecord;
}

/** The entries of a `;`- or newline-separated answer. */
export function splitAutUses(text: string): string[] {
  return text.split(/[;\n]/);
}

/** Checks an object name; throws UserInputError for an empty or absurd one. */
export function assertAutObject(object: string): string {
  const trimmed = object.trim();
  if (objectKey(trimmed) === '') throw new UserInputError('name an everyday object, for example "brick"');
  if (trimmed.length > 60)
    throw new UserInputError('the object is longer than 60 characters; name one everyday object');
  return trimmed;
}

/** Scores uses of one object, with no store: fluency, originality and flexibility. */
async function scoreAutUses(
  object: string,
  entries: readonly string[],
  deps: OriginalityDeps,
): Promise<AutResult> {
  const uses = distinctUses(entries);
  if (uses.length === 0) throw new UserInputError(`no uses given: name unusual uses of a ${object}`);
  if (uses.length > MAX_AUT_USES)
    throw new UserInputError(`${uses.length} uses; the task takes at most ${MAX_AUT_USES}`);
  const tooLong = uses.find((use) => use.length > MAX_AUT_USE_CHARACTERS);
  if (tooLong)
    throw new UserInputError(
      `a use is longer than ${MAX_AUT_USE_CHARACTERS} characters: "${cutText(tooLong, 41)}"`,
    );
  const scores = await scoreResponses(
    uses.map((response) => ({ object, response })),
    deps,
  );
  return summariseAut(
    object,
    uses.map((response, i) => ({ response, originality: scores[i]!.originality })),
    scores.map((score) => score.kind),
  );
}

/** Scores the person's own answer and keeps it. No model is involved. */
export async function takeAut(
  object: string,
  entries: readonly string[],
  deps: AutDeps,
  seconds?: number,
): Promise<TakenAut> {
  const result = await scoreAutUses(assertAutObject(object), entries, deps.originality);
  const record: AutRecord = { ...result, id: deps.generateId(), takenAt: deps.clock.now(), seconds };
  deps.store.insertAutScore(record);
  return { result, record };
}

/** The person's answers, oldest first. */
export function autHistory(deps: Pick<AutDeps, 'store'>): AutRecord[] {
  return deps.store.listAutScores();
}

/**
 * The object to ask about next: of the objects the norms know well (at least 250 responses), the
 * one the person has answered least often, then alphabetically, so repeated takes vary the object.
 */
export function nextAutObject(deps: Pick<AutDeps, 'store' | 'originality'>): string {
  const taken = new Map<string, number>();
  for (const record of deps.store.listAutScores()) {
    const key = objectKey(record.object);
    taken.set(key, (taken.get(key) ?? 0) + 1);
  }
  const candidates = [...deps.originality.norms.objects]
    .filter(([, norm]) => norm.responses >= 250)
    .map(([key]) => key)
    .sort((a, b) => (taken.get(a) ?? 0) - (taken.get(b) ?? 0) || a.localeCompare(b));
  return candidates[0] ?? 'brick';
}
