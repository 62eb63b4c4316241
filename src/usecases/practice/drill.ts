import type { Ability } from '../../domain/ability.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import type { PhraseTransposer } from '../../domain/ports/phrase-transposer.js';
import { type Card, newCard } from '../../domain/practice/card.js';
import { drillProgress, keyTonic, parseKeys, semitonesBetween } from '../../domain/practice/drill.js';
import type { Trick } from '../../domain/practice/trick.js';
import type { PracticeDeps } from './practice-deps.js';
import { markLearning } from './save-tricks.js';

export interface DrillDeps
  extends Pick<PracticeDeps, 'practice' | 'repertoire' | 'clock' | 'generateId' | 'masteryDays'> {
  transposer: PhraseTransposer;
}

/** A drill as it stands: its cells (key × tempo) and how many are mastered. */
export interface DrillStatus {
  trick: Trick;
  cells: Card[];
  progress: ReturnType<typeof drillProgress>;
}

/** An abc trick's phrase, and its key: what a drill moves. */
async function phraseOf(trickId: string, deps: DrillDeps): Promise<{ trick: Trick; key: string }> {
  const trick = deps.practice.getTrick(trickId.trim());
  if (!trick) throw new NotFoundError(`no trick "${trickId}" (see chops drill)`);
  if (trick.format !== 'abc')
    throw new UserInputError(`"${trick.name}" is a ${trick.format} trick: drills are for abc phrases`);
  const key = await deps.transposer.keyOf(trick.example);
  if (!key) throw new UserInputError(`the example of "${trick.name}" has no K: (key) line to transpose from`);
  keyTonic(key);
  return { trick, key };
}

/**
 * Makes a drill of an abc trick: its phrase transposed to each of `keys` and played at each tempo of
 * `tempos`, one card per key-and-tempo cell (keys as a person types them: "all" or "C,F,Bb"), each scheduled on its own. Cells the trick's drill already
 * has are kept as they are (so a drill can grow by keys or tempos); the ability becomes learning.
 */
export async function createDrill(
  input: { trickId: string; keys: string; tempos: readonly number[] },
  deps: DrillDeps,
): Promise<DrillStatus & { added: Card[]; nowLearning: Ability[] }> {
  const { trick, key } = await phraseOf(input.trickId, deps);
  const existing = deps.practice.listCards({ trickId: trick.id }).filter((card) => card.drill);
  const drillId = existing[0]?.drill?.drillId ?? deps.generateId();
  const has = new Set(existing.map((card) => `${keyTonic(card.drill!.key).tonic}@${card.drill!.tempo}`));
  const now = deps.clock.now();
  const added: Card[] = [];
  for (const target of parseKeys(input.keys, key)) {
    const steps = semitonesBetween(key, target);
    const moved = await deps.transposer.transpose(trick.example, steps);
    for (const tempo of input.tempos) {
      if (has.has(`${keyTonic(target).tonic}@${tempo}`)) continue;
      added.push(
        newCard(
          {
            trickId: trick.id,
            abilityId: trick.abilityId,
            kind: 'apply',
            prompt: `Play "${trick.name}" in ${target} at ♩=${tempo}${steps === 0 ? '' : ` (${steps > 0 ? 'up' : 'down'} ${Math.abs(steps)} from ${key})`}.`,
            answer: deps.transposer.withTempo(moved, tempo),
            drill: { drillId, key: target, tempo },
          },
          deps.generateId(),
          now,
        ),
      );
    }
  }
  const nowLearning = deps.practice.transaction(() => {
    deps.practice.insertTricks([], added);
    const ability = deps.repertoire.getAbility(trick.abilityId);
    return ability && added.length > 0 ? markLearning([ability], now, deps) : [];
  });
  return { ...drillStatus(trick.id, deps), added, nowLearning };
}

/** The drill of a trick: its cells in creation order and its progress towards mastery. */
export function drillStatus(trickId: string, deps: Pick<DrillDeps, 'practice' | 'masteryDays'>): DrillStatus {
  const trick = deps.practice.getTrick(trickId.trim());
  if (!trick) throw new NotFoundError(`no trick "${trickId}" (see chops drill)`);
  const cells = deps.practice.listCards({ trickId: trick.id }).filter((card) => card.drill);
  return { trick, cells, progress: drillProgress(cells, deps.masteryDays) };
}
