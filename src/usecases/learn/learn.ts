import type { Ability } from '../../domain/ability.js';
import { NotFoundError } from '../../domain/errors/index.js';
import { cleanModelText } from '../../domain/model-text.js';
import type { ArtifactStore } from '../../domain/ports/artifact-store.js';
import type { Thinker } from '../../domain/ports/thinker.js';
import { type Card, newCard } from '../../domain/practice/card.js';
import { newTrick, type Trick, trickKey } from '../../domain/practice/trick.js';
import type { PracticeDeps } from '../practice/practice-deps.js';
import { type SaveTricksResult, saveTricks } from '../practice/save-tricks.js';
import { learnPrompt, learnSystem } from './learn-prompts.js';
import { tricksSchema } from './learn-schemas.js';

export interface LearnDeps extends Pick<PracticeDeps, 'practice' | 'repertoire' | 'clock' | 'generateId'> {
  artifacts: ArtifactStore;
  /** The model, asked for only when there is something to learn: "nothing to learn" needs none. */
  thinker: () => Promise<Thinker>;
}

export interface LearnResult extends SaveTricksResult {
  /** Why nothing was asked of the model, when nothing was. */
  nothingToLearn?: 'already learned' | 'all own' | undefined;
}

/**
 * Extracts from an artifact the tricks it used that the person lacks: each tied to an ability of the
 * repertoire that is not their own, with an explanation, a minimal example and practice cards. Tricks
 * already known are skipped; an artifact learned from twice adds nothing the second time.
 */
export async function learn(
  input: { artifactId: string; signal?: AbortSignal },
  deps: LearnDeps,
): Promise<LearnResult> {
  const artifact = deps.artifacts.getArtifact(input.artifactId.trim());
  if (!artifact) throw new NotFoundError(`no artifact "${input.artifactId}" (see chops artifacts)`);
  const empty: LearnResult = { saved: [], skipped: [], nowLearning: [] };
  if (deps.practice.listTricks({ artifactId: artifact.id }).length > 0)
    return { ...empty, nothingToLearn: 'already learned' };

  // The artifact's abilities as they stand now: one may have become the person's own since it was made.
  const learnable = artifact.abilities
    .map((used) => ({
      ability: used.abilityId ? deps.repertoire.getAbility(used.abilityId) : undefined,
      how: used.how,
    }))
    .filter(
      (entry): entry is { ability: Ability; how: string } =>
        entry.ability !== undefined && entry.ability.status !== 'own',
    )
    .map((entry) => ({
      ...entry,
      known: deps.practice.listTricks({ abilityId: entry.ability.id }).map((t) => t.name),
    }));
  const names = [...new Set(learnable.map((entry) => entry.ability.name))];
  if (names.length === 0) return { ...empty, nothingToLearn: 'all own' };

  const content = deps.artifacts.listAttempts(artifact.id).at(-1)?.content ?? '';
  const thinker = await deps.thinker();
  const answer = await thinker.think({
    schema: tricksSchema(names as [string, ...string[]]),
    schemaName: 'tricks',
    system: learnSystem,
    prompt: learnPrompt(artifact, content, learnable),
    signal: input.signal,
  });

  const now = deps.clock.now();
  const byName = new Map(learnable.map((entry) => [entry.ability.name, entry.ability]));
  const tricks: Trick[] = [];
  const cards: Card[] = [];
  const seen = new Set<string>();
  for (const raw of answer.tricks) {
    const ability = byName.get(raw.ability)!;
    const name = cleanModelText(raw.name, 120);
    const key = `${ability.id}\u0000${trickKey(name)}`;
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    const trick = newTrick(
      {
        abilityId: ability.id,
        name,
        explanation: raw.explanation,
        example: raw.example,
        format: artifact.format,
        artifactId: artifact.id,
      },
      deps.generateId(),
      now,
    );
    tricks.push(trick);
    for (const card of raw.cards) {
      cards.push(
        newCard(
          {
            trickId: trick.id,
            abilityId: ability.id,
            kind: card.kind,
            prompt: card.prompt,
            answer: card.answer,
            check: card.check,
          },
          deps.generateId(),
          now,
        ),
      );
    }
  }
  return saveTricks(tricks, cards, deps);
}
