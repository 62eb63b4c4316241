/*
 * The HTTP API's JSON, typed from the very functions the server uses to write it (src/faces/views), so
 * the app and the server cannot drift apart. Type-only imports: nothing of the server is bundled.
 */
import type { abilityJson, outcomeJson } from '../../src/faces/views/ability-json.js';
import type { artifactDetailJson, artifactJson, attemptJson } from '../../src/faces/views/artifact-json.js';
import type { autPageJson, autResultJson } from '../../src/faces/views/aut-json.js';
import type { cardOnArtifactJson } from '../../src/faces/views/card-artifact-json.js';
import type { cardJson } from '../../src/faces/views/card-json.js';
import type { checklistJson, proposalsJson, toConfirmJson } from '../../src/faces/views/checklist-json.js';
import type { datPageJson, datTakenJson } from '../../src/faces/views/dat-json.js';
import type { formatJson } from '../../src/faces/views/format-json.js';
import type {
  candidatesJson,
  goalDetailJson,
  goalJson,
  ideaJson,
  ideaWithGoalJson,
  imaginedJson,
  madeOfIdeaJson,
} from '../../src/faces/views/idea-json.js';
import type { learnedJson } from '../../src/faces/views/learn-json.js';
import type { madeJson } from '../../src/faces/views/make-json.js';
import type {
  dueQueueJson,
  proposedGradeJson,
  reviewJson,
  undoJson,
} from '../../src/faces/views/practice-json.js';
import type { settingsJson } from '../../src/faces/views/settings-json.js';

export type { Ledger } from '../../src/domain/ledger/ledger.js';

export type AbilityJson = ReturnType<typeof abilityJson>;
export type OutcomeJson = ReturnType<typeof outcomeJson>;
export type ToConfirmJson = ReturnType<typeof toConfirmJson>;
export type ChecklistJson = ReturnType<typeof checklistJson>;
export type ProposalsJson = ReturnType<typeof proposalsJson>;
export type IdeaJson = ReturnType<typeof ideaJson>;
export type GoalJson = ReturnType<typeof goalJson>;
export type IdeaWithGoalJson = ReturnType<typeof ideaWithGoalJson>;
export type GoalDetailJson = ReturnType<typeof goalDetailJson>;
export type MadeOfIdeaJson = ReturnType<typeof madeOfIdeaJson>;
export type ImaginedJson = ReturnType<typeof imaginedJson>;
export type CandidatesJson = ReturnType<typeof candidatesJson>;
export type AttemptJson = ReturnType<typeof attemptJson>;
export type ArtifactJson = ReturnType<typeof artifactJson>;
export type ArtifactDetail = ReturnType<typeof artifactDetailJson>;
export type MadeJson = ReturnType<typeof madeJson>;
export type LearnedJson = ReturnType<typeof learnedJson>;
export type TrickJson = LearnedJson['tricks'][number];
export type QueueJson = ReturnType<typeof dueQueueJson>;
export type DueCardJson = QueueJson['cards'][number];
export type ReviewJson = ReturnType<typeof reviewJson>;
export type UndoJson = ReturnType<typeof undoJson>;
export type ProposedGradeJson = ReturnType<typeof proposedGradeJson>;
export type CardJson = ReturnType<typeof cardJson>;
export type CardOnArtifactJson = ReturnType<typeof cardOnArtifactJson>;
export type SettingsJson = ReturnType<typeof settingsJson>;
export type DatResultJson = ReturnType<typeof datTakenJson>;
export type DatPageJson = ReturnType<typeof datPageJson>;
export type AutResultJson = ReturnType<typeof autResultJson>;
export type AutPageJson = ReturnType<typeof autPageJson>;

export const abilityStatuses = ['own', 'lent', 'learning'] as const;
export const abilityKinds = ['skill', 'technique', 'tool', 'concept'] as const;
/** A format of the server's format registry (GET /api/formats), with how its artifacts are shown. */
export type FormatJson = ReturnType<typeof formatJson>;
