import type { ArtifactFormat, CheckResult } from './artifact.js';
import type { DataFileRecord } from './data-file.js';
import type { NeedStatus } from './idea.js';

/** An ability an artifact actually used, placed against the repertoire by chops. */
export interface UsedAbility {
  name: string;
  how: string;
  /** As it stood when the artifact was made: `own`, or lent to the person by the model. */
  status: NeedStatus;
  abilityId?: string | undefined;
}

/** An idea made real: what is kept of it, every attempt included. */
export interface Artifact {
  id: string;
  ideaId: string;
  format: ArtifactFormat;
  title: string;
  /** Whether the last attempt passed its format's check. */
  passed: boolean;
  abilities: UsedAbility[];
  model: string;
  createdAt: Date;
  /** The person's data files it was made with (`make --data`), which version of each by its hash. */
  dataFiles?: DataFileRecord[];
}

/** What an artifact's last attempt settles: whether it passes, and the abilities it used. */
export type ArtifactOutcome = Pick<Artifact, 'passed' | 'abilities'>;

/** One attempt at an artifact: the content the model wrote and what the check said of it. */
export interface Attempt {
  artifactId: string;
  /** 1 for the first attempt, then one more for each repair. */
  number: number;
  content: string;
  check: CheckResult;
  createdAt: Date;
}
