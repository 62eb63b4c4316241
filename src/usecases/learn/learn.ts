import type { Ability } from '../../domain/ability.js';
import { ModelError, NotFoundError } from '../../domain/errors/index.js';
import { cleanModelText, safeModelText } from '../../domain/model-text.js';
import type { AnswerChecker } from '../../domain/ports/answer-checker.js';
import type { ArtifactStore } from '../../domain/ports/artifact-store.js';
import type { LearningChoiceStore } from '../../domain/ports/learning-choice-store.js';
import type { Thinker } from '../../domain/ports/thinker.js';
import { type CardInput, newCard } from '../../domain/practice/card.js';
import { newTrick, type Trick, trickKey } from '../../domain/practice/trick.js';
import type { PracticeDeps } from '../practice/practice-deps.js';
import { type SaveTricksResult, saveTricks } from '../practice/save-tricks.js';
import { chooseAbilities, type Learnable, type LearnChoiceInput } from './learn-choice.js';
import { learnPrompt, learnSystem, type PersonSoFar } from './learn-prompts.js';
import { isRejected, type LearnedTrick, tricksSchema } from './learn-schemas.js';
import { type DroppedTrick, maxTrickRepairs, repairTrick, trickName } from './repair-trick.js';
import { type CheckVerification, toCardCheck, verifyCardChecks } from './verify-card-checks.js';

export interface LearnDeps extends Pick<PracticeDeps, 'practice' | 'repertoire' | 'clock' | 'generateId'> {
  artifacts: ArtifactStore;
  /** Declined abilities are remembered here. */
  choices: LearningChoiceStore;
  /** The model, asked for only when there is something to learn: "nothing to learn" needs none. */
  thinker: () => Promise<Thinker>;
  /** Runs checked cards' own answers through their checks; without it no card keeps a check. */
  answerChecker?: AnswerChecker | undefined;
}

interface LearnInput extends LearnChoiceInput {
  artifactId: string;
  signal?: AbortSignal | undefined;
}

export interface LearnResult extends SaveTricksResult {
  /** Why nothing was asked of the model, when nothing was. */
  nothingToLearn?: 'already learned' | 'all own' | 'none chosen' | undefined;
  /** Abilities the person declined this time (remembered: not offered again). */
  declined: Ability[];
  /** Tricks that broke a rule and were corrected on their own. */
  repaired: string[];
  /** Tricks that could not be kept, with why. */
  dropped: DroppedTrick[];
  /** What became of the checked cards the model wrote. */
  checks?: CheckVerification | undefined;
}

/**
 * Extracts from an artifact the tricks it used that the person lacks and chose to learn: each tied to
 * one of the chosen abilities, with an explanation, a minimal example and practice cards. Each trick
 * is judged on its own: a flawed one is repaired on its own or dropped with a note, and only an answer
 * with no usable trick fails. Tricks already known are skipped; an artifact learned from twice adds
 * nothing the second time.
 */
export async function learn(input: LearnInput, deps: LearnDeps): Promise<LearnResult> {
  const artifact = deps.artifacts.getArtifact(input.artifactId.trim());
  if (!artifact) throw new NotFoundError(`no artifact "${input.artifactId}" (see chops artifacts)`);
  const empty: LearnResult = {
    saved: [],
    skipped: [],
    nowLearning: [],
    declined: [],
    repaired: [],
    dropped: [],
  };
  if (deps.practice.listTricks({ artifactId: artifact.id }).length > 0)
    return { ...empty, nothingToLearn: 'already learned' };

  // The artifact's abilities as they stand now: one may have become the person's own since it was made.
  const candidates = uniqueAbilities(
    artifact.abilities
      .map((used) => ({
        ability: used.abilityId ? deps.repertoire.getAbility(used.abilityId) : undefined,
        how: used.how,
      }))
      .filter((entry): entry is Learnable => entry.ability !== undefined && entry.ability.status !== 'own'),
  );
  if (candidates.length === 0) return { ...empty, nothingToLearn: 'all own' };
  const choice = await chooseAbilities(candidates, input, { choices: deps.choices, now: deps.clock.now() });
  if (choice.chosen.length === 0)
    return { ...empty, declined: choice.declined, nothingToLearn: 'none chosen' };

  const learnable = choice.chosen.map((entry) => ({
    ...entry,
    known: deps.practice.listTricks({ abilityId: entry.ability.id }).map((t) => t.name),
  }));
  const names = learnable.map((entry) => entry.ability.name) as [string, ...string[]];
  const content = deps.artifacts.listAttempts(artifact.id).at(-1)?.content ?? '';
  const thinker = await deps.thinker();
  const answer = await thinker.think({
    schema: tricksSchema(names),
    schemaName: 'tricks',
    system: learnSystem,
    prompt: learnPrompt(
      artifact,
      content,
      learnable,
      { ...personSoFar(deps), person: deps.repertoire.getPerson() },
      deps.answerChecker?.cardCheckGuide(artifact.format),
    ),
    signal: input.signal,
  });

  const kept: LearnedTrick[] = [];
  const repaired: string[] = [];
  const dropped: DroppedTrick[] = [];
  let repairs = 0;
  for (const entry of answer.tricks) {
    if (!isRejected(entry)) {
      kept.push(entry);
      continue;
    }
    if (repairs++ >= maxTrickRepairs) {
      dropped.push({ name: trickName(entry), reason: entry.rejected });
      continue;
    }
    const outcome = await repairTrick(entry, names, thinker, input.signal);
    if ('trick' in outcome) {
      kept.push(outcome.trick);
      repaired.push(cleanModelText(outcome.trick.name, 120));
    } else dropped.push(outcome.dropped);
  }
  if (kept.length === 0)
    throw new ModelError(
      `${thinker.modelName} returned no usable trick${dropped.length ? ` (${dropped.map((d) => `"${d.name}": ${d.reason}`).join('; ')})` : ''}; nothing was saved`,
      { code: 'model_output' },
    );

  const { tricks, drafts } = buildTricks(kept, learnable, artifact, deps);
  // Every check is run on the card's own answer before the card is saved (repaired or dropped).
  const checked = deps.answerChecker
    ? await verifyCardChecks(drafts, artifact.format, {
        answerChecker: deps.answerChecker,
        thinker,
        signal: input.signal,
      })
    : { cards: drafts.map(({ formatCheck: _unverified, ...card }) => card), verification: undefined };
  const now = deps.clock.now();
  const cards = checked.cards.map((card) => newCard(card, deps.generateId(), now));
  return {
    ...saveTricks(tricks, cards, deps),
    declined: choice.declined,
    repaired,
    dropped,
    ...(checked.verification ? { checks: checked.verification } : {}),
  };
}

function uniqueAbilities(entries: readonly Learnable[]): Learnable[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.ability.id) && seen.add(entry.ability.id));
}

/** What the person already has, so that the model teaches none of it again. */
function personSoFar(deps: LearnDeps): PersonSoFar {
  return {
    ownAbilities: deps.repertoire
      .listAbilities()
      .filter((ability) => ability.status === 'own')
      .map((ability) => ability.name),
    tricks: deps.practice.listTricks().map((trick) => trick.name),
  };
}

function buildTricks(
  answer: readonly LearnedTrick[],
  learnable: readonly Learnable[],
  artifact: { id: string; format: Trick['format'] },
  deps: LearnDeps,
): { tricks: Trick[]; drafts: CardInput[] } {
  const now = deps.clock.now();
  const byName = new Map(learnable.map((entry) => [entry.ability.name, entry.ability]));
  const tricks: Trick[] = [];
  const drafts: CardInput[] = [];
  const seen = new Set<string>();
  for (const raw of answer) {
    const ability = byName.get(raw.ability)!;
    const name = cleanModelText(raw.name, 120);
    const key = `${ability.id}\u0000${trickKey(name)}`;
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    const trick = newTrick(
      {
        abilityId: ability.id,
        name,
        explanation: safeModelText(raw.explanation),
        example: safeModelText(raw.example),
        format: artifact.format,
        artifactId: artifact.id,
      },
      deps.generateId(),
      now,
    );
    tricks.push(trick);
    for (const card of raw.cards) {
      const formatCheck = card.kind === 'apply' ? toCardCheck(artifact.format, card.formatCheck) : undefined;
      drafts.push({
        trickId: trick.id,
        abilityId: ability.id,
        kind: card.kind,
        prompt: safeModelText(card.prompt),
        answer: safeModelText(card.answer),
        check: card.check === undefined ? undefined : safeModelText(card.check),
        ...(formatCheck ? { formatCheck } : {}),
      });
    }
  }
  return { tricks, drafts };
}
