import type { Ability } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import { UserInputError } from '../../domain/errors/index.js';
import type { LearningChoiceStore } from '../../domain/ports/learning-choice-store.js';

/** An ability the artifact used that the person lacks, with how the artifact used it. */
export interface Learnable {
  readonly ability: Ability;
  readonly how: string;
}

/** How the person says what to learn: names for scripts, or a question the face asks. */
export interface LearnChoiceInput {
  /** Learn only these abilities (names, any case); names declined earlier are offered again. */
  only?: readonly string[] | undefined;
  /** Do not learn these; they are remembered as declined. */
  skip?: readonly string[] | undefined;
  /** Asks the person which of the offered abilities to learn; returns the ids chosen. Without it, all. */
  choose?: ((offered: readonly Learnable[]) => Promise<readonly string[]>) | undefined;
}

interface LearnChoice {
  /** What the person was offered (declined earlier ones aside). */
  offered: Learnable[];
  chosen: Learnable[];
  /** Declined now: skipped by name, or offered and not chosen. */
  declined: Ability[];
}

/**
 * Settles which abilities to learn. `--only` names win over everything (and lift an earlier decline);
 * otherwise the abilities declined before are left out, `--skip` names are declined, and the person
 * picks among the rest. Whatever was offered and not chosen is remembered as declined.
 */
export async function chooseAbilities(
  candidates: readonly Learnable[],
  input: LearnChoiceInput,
  deps: { choices: LearningChoiceStore; now: Date },
): Promise<LearnChoice> {
  const only = matchNames(input.only ?? [], candidates, '--only');
  const skipped = matchNames(input.skip ?? [], candidates, '--skip');
  if (only.length > 0) {
    deps.choices.undeclineAbilities(only.map((entry) => entry.ability.id));
    const declined = skipped.filter((entry) => !only.includes(entry)).map((entry) => entry.ability);
    deps.choices.declineAbilities(
      declined.map((ability) => ability.id),
      deps.now,
    );
    return { offered: only, chosen: only, declined };
  }
  const declinedBefore = deps.choices.declinedAbilityIds();
  const offered = candidates.filter(
    (entry) => !declinedBefore.has(entry.ability.id) && !skipped.includes(entry),
  );
  const chosenIds = new Set(
    input.choose && offered.length > 0
      ? await input.choose(offered)
      : offered.map((entry) => entry.ability.id),
  );
  const chosen = offered.filter((entry) => chosenIds.has(entry.ability.id));
  const declined = [...skipped, ...offered.filter((entry) => !chosenIds.has(entry.ability.id))].map(
    (entry) => entry.ability,
  );
  deps.choices.declineAbilities(
    declined.map((ability) => ability.id),
    deps.now,
  );
  return { offered, chosen, declined };
}

function matchNames(names: readonly string[], candidates: readonly Learnable[], flag: string): Learnable[] {
  const matched: Learnable[] = [];
  for (const name of names) {
    const key = nameKey(name);
    const found = candidates.filter((entry) => nameKey(entry.ability.name) === key);
    if (found.length === 0) {
      const names = candidates.map((entry) => `"${entry.ability.name}"`).join(', ');
      throw new UserInputError(
        `${flag} "${name}": this artifact offers no such ability to learn (it offers ${names || 'none'})`,
      );
    }
    matched.push(...found.filter((entry) => !matched.includes(entry)));
  }
  return matched;
}
