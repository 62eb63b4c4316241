/*
 * The HTTP API's JSON, typed from the very functions the server uses to write it (src/faces/views), so
 * the app and the server cannot drift apart. Type-only imports: nothing of the server is bundled.
 */
import type { abilityJson, outcomeJson } from '../../src/faces/views/ability-json.js';
import type { artifactJson, attemptJson } from '../../src/faces/views/artifact-json.js';
import type { cardOnArtifactJson } from '../../src/faces/views/card-artifact-json.js';
import type { datRecordJson, datResultJson } from '../../src/faces/views/dat-json.js';
import type { formatJson } from '../../src/faces/views/format-json.js';
import type { goalJson, ideaJson, imaginedJson } from '../../src/faces/views/idea-json.js';
import type { learnedJson } from '../../src/faces/views/learn-json.js';
import type { dueQueueJson, reviewJson, undoJson } from '../../src/faces/views/practice-json.js';
import type { settingsJson } from '../../src/faces/views/settings-json.js';

export type { Ledger } from '../../src/domain/ledger/ledger.js';

export type AbilityJson = ReturnType<typeof abilityJson>;
export type OutcomeJson = ReturnType<typeof outcomeJson>;
export type IdeaJson = ReturnType<typeof ideaJson>;
export type GoalJson = ReturnType<typeof goalJson>;
export type ImaginedJson = ReturnType<typeof imaginedJson>;
export type AttemptJson = ReturnType<typeof attemptJson>;
export type ArtifactJson = ReturnType<typeof artifactJson>;
export type LearnedJson = ReturnType<typeof learnedJson>;
export type TrickJson = LearnedJson['tricks'][number];
export type ArtifactDetail = ArtifactJson & { attempts: AttemptJson[]; tricks: TrickJson[] };
export type MadeJson = ArtifactJson & { attempts: AttemptJson[]; lent: string[]; formatChosen: boolean };
export type QueueJson = ReturnType<typeof dueQueueJson>;
export type DueCardJson = QueueJson['cards'][number];
export type ReviewJson = ReturnType<typeof reviewJson>;
export type UndoJson = ReturnType<typeof undoJson>;
export type CardOnArtifactJson = ReturnType<typeof cardOnArtifactJson>;
export type SettingsJson = ReturnType<typeof settingsJson>;
export type DatResultJson = Omit<ReturnType<typeof datResultJson>, 'invalid'> & {
  invalid: (ReturnType<typeof datResultJson>['invalid'][number] & { explanation: string })[];
  orientation: string[];
  kept: boolean;
};
export type DatRecordJson = ReturnType<typeof datRecordJson>;
export interface DatPageJson {
  instructions: string;
  wordsAsked: number;
  wordsScored: number;
  history: DatRecordJson[];
  norm: { typical: number; source: string };
}

export const abilityStatuses = ['own', 'lent', 'learning'] as const;
export const abilityKinds = ['skill', 'technique', 'tool', 'concept'] as const;
/** A format of the server's format registry (GET /api/formats), with how its artifacts are shown. */
export type FormatJson = ReturnType<typeof formatJson>;
