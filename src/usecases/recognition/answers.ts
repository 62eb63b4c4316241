import { type Ability, cleanLabel, maxAbilityNameLength } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { UserInputError } from '../../domain/errors/index.js';
import { type AddOutcome, addAbilities } from '../repertoire/add-abilities.js';
import { recordAlias } from '../repertoire/aliases.js';
import { findAbility } from '../repertoire/find-ability.js';
import { storedRepertoireIndex } from '../repertoire/repertoire-index.js';
import { calibrationFor } from '../similarity/calibration-for.js';
import type { ChecklistDeps } from './checklist.js';
import { type Remapped, remapGoal } from './remap-goal.js';

export const answerKinds = ['yes', 'not yet', 'skip'] as const;
export type AnswerKind = (typeof answerKinds)[number];

/** The person's answer to one line of the checklist; `sameAs` when it is an ability they already have. */
export interface ChecklistAnswer {
  name: string;
  answer: AnswerKind;
  sameAs?: string | undefined;
}

export interface AnswersResult {
  owned: AddOutcome[];
  confirmed: { name: string; ability: Ability }[];
  notYet: string[];
  /** The goals whose ideas were re-mapped, with their sets as they are now. */
  remapped: Remapped[];
}

const cleanName = (raw: string) => cleanLabel(raw, 'ability name', maxAbilityNameLength);

/** The answer text the person typed, as one of the three: anything else is refused, not guessed. */
export function parseAnswer(raw: string): AnswerKind {
  const text = raw.trim().toLowerCase().replace(/[-_]/g, ' ');
  const answer = (
    {
      y: 'yes',
      yes: 'yes',
      own: 'yes',
      n: 'not yet',
      no: 'not yet',
      'not yet': 'not yet',
      skip: 'skip',
      s: 'skip',
    } as const
  )[text];
  if (!answer) throw new UserInputError(`answer yes, not yet or skip, not "${raw.slice(0, 40)}"`);
  return answer;
}

/**
 * `name` is the person's ability `reference` under another name, by their word: it is kept as an alias
 * (and the ability becomes their own). A name that is already another ability's is refused: two
 * abilities are merged only when the person says so (chops repertoire merge).
 */
export function confirmSame(
  name: string,
  reference: string,
  options: { domain?: string | undefined },
  deps: Pick<ChecklistDeps, 'store' | 'clock'>,
): { name: string; ability: Ability } {
  const clean = cleanName(name);
  const ability = findAbility(deps.store, reference, options.domain);
  const now = deps.clock.now();
  return deps.store.transaction(() => {
    let outcome = recordAlias(deps.store, ability, clean, 'confirmed', now);
    // The name is an ability chops filed as lent (first met in an artifact) and the person says it is
    // theirs under another name: that is their word to merge the two, as chops repertoire merge would.
    if (
      outcome.outcome === 'clash' &&
      outcome.other.key === nameKey(clean) &&
      outcome.other.status !== 'own'
    ) {
      deps.store.mergeAbility(outcome.other.id, deps.store.getAbility(ability.id)!);
      outcome = recordAlias(deps.store, ability, clean, 'confirmed', now);
    }
    if (outcome.outcome === 'clash')
      throw new UserInputError(
        `"${clean}" is already the ability "${outcome.other.name}" in "${outcome.other.domain}"; ` +
          `to make them one: chops repertoire merge "${outcome.other.name}" "${ability.name}"`,
      );
    deps.store.forgetNotYet(nameKey(clean));
    const current = deps.store.getAbility(ability.id)!;
    if (current.status === 'own') return { name: clean, ability: current };
    const owned: Ability = { ...current, status: 'own', updatedAt: now };
    deps.store.updateAbility(owned);
    deps.store.addAbilityEvent({ abilityId: owned.id, status: 'own', at: now });
    return { name: clean, ability: owned };
  });
}

/**
 * The person cannot do these yet: remembered, so chops does not ask again. An ability they own is
 * refused (changing its status is `chops repertoire status`).
 */
export async function sayNotYet(
  names: readonly string[],
  deps: Pick<ChecklistDeps, 'store' | 'clock' | 'vectors' | 'embedder' | 'calibrations'>,
): Promise<string[]> {
  const clean = names.map(cleanName);
  if (clean.length === 0) throw new UserInputError('no ability names given');
  const now = deps.clock.now();
  const calibration = await calibrationFor(deps);
  return deps.store.transaction(() => {
    const index = storedRepertoireIndex(deps, calibration);
    for (const name of clean) {
      const ability = index.byName(name);
      if (ability?.status === 'own')
        throw new UserInputError(
          `"${ability.name}" is your own ability; to change that: chops repertoire status "${ability.name}" lent`,
        );
      deps.store.rememberNotYet({ key: nameKey(name), name, at: now });
    }
    return clean;
  });
}

/** Re-maps every goal with an idea that needs one of these names or abilities. */
export async function remapAffected(
  affected: { names: readonly string[]; abilityIds: readonly string[] },
  deps: ChecklistDeps,
): Promise<Remapped[]> {
  const keys = new Set(affected.names.map(nameKey));
  const ids = new Set(affected.abilityIds);
  const goals = new Set(
    deps.ideas
      .listIdeas()
      .filter((idea) =>
        idea.needs.some((n) => keys.has(nameKey(n.name)) || (n.abilityId && ids.has(n.abilityId))),
      )
      .map((idea) => idea.goalId),
  );
  const remapped: Remapped[] = [];
  for (const goalId of goals) {
    const result = await remapGoal(goalId, deps);
    if (result) remapped.push(result);
  }
  return remapped;
}

/**
 * A checklist's answers, all checked before any is applied: "yes" makes the ability the person's own
 * (as an alias of `sameAs` when given), "not yet" is remembered, "skip" leaves it to be asked again.
 * The goals that need them are re-mapped.
 */
export async function answerChecklist(
  answers: readonly ChecklistAnswer[],
  options: { domain: string },
  deps: ChecklistDeps,
): Promise<AnswersResult> {
  const checked = answers.map((a) => ({ ...a, name: cleanName(a.name), answer: parseAnswer(a.answer) }));
  const yes = checked.filter((a) => a.answer === 'yes');
  const confirmed = yes.filter((a) => a.sameAs).map((a) => confirmSame(a.name, a.sameAs!, {}, deps));
  const plain = yes.filter((a) => !a.sameAs).map((a) => a.name);
  // A name already in the repertoire (a lent ability, in whatever domain it was filed) becomes own there;
  // only names chops has never met are added, in the goal's domain.
  const known = storedRepertoireIndex(deps, await calibrationFor(deps));
  const met = plain.filter((name) => known.byName(name));
  const fresh = plain.filter((name) => !known.byName(name));
  const promoted = met.map((name) => confirmSame(name, known.byName(name)!.id, {}, deps));
  confirmed.push(...promoted);
  const owned = fresh.length ? await addAbilities({ names: fresh, domain: options.domain }, deps) : [];
  deps.store.transaction(() => {
    for (const name of plain) deps.store.forgetNotYet(nameKey(name));
  });
  const later = checked.filter((a) => a.answer === 'not yet').map((a) => a.name);
  const notYet = later.length ? await sayNotYet(later, deps) : [];
  const remapped = await remapAffected(
    {
      names: yes.map((a) => a.name),
      abilityIds: [...owned.map((o) => o.ability.id), ...confirmed.map((c) => c.ability.id)],
    },
    deps,
  );
  return { owned, confirmed, notYet, remapped };
}
