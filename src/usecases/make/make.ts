import type { Ability } from '../../domain/ability.js';
import type { ArtifactFormat, CheckResult } from '../../domain/artifact.js';
import type { Artifact, Attempt } from '../../domain/artifact-record.js';
import { artifactData, type DataFile, type DataFileRecord } from '../../domain/data-file.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import type { Idea } from '../../domain/idea.js';
import { cleanModelText } from '../../domain/model-text.js';
import type { ArtifactStore } from '../../domain/ports/artifact-store.js';
import type { ArtifactFormats, FormatChecker } from '../../domain/ports/format-checker.js';
import type { IdeaStore } from '../../domain/ports/idea-store.js';
import type { Thinker } from '../../domain/ports/thinker.js';
import type { ToConfirm } from '../recognition/checklist.js';
import { recordUsedAbilities } from '../recognition/record-used-abilities.js';
import { abilityVectors } from '../repertoire/ability-vectors.js';
import { mostSimilar } from '../repertoire/relevant-abilities.js';
import type { RepertoireDeps } from '../repertoire/repertoire-deps.js';
import { describeData } from './describe-data.js';
import { firstAttemptPrompt, makeSystem, repairPrompt } from './make-prompts.js';
import { firstAttemptSchema, repairSchema } from './make-schemas.js';

export interface MakeDeps extends RepertoireDeps {
  ideas: IdeaStore;
  artifacts: ArtifactStore;
  thinker: Thinker;
  /** The formats it can make, each with its guide for the model and its check. */
  formats: ArtifactFormats;
}

interface MakeInput {
  ideaId: string;
  /** Left out: the model picks the format that fits the idea, and the result says which. */
  format?: ArtifactFormat | undefined;
  /** Attempts in all, the first included (1..10, default 3). */
  attempts?: number;
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
  /** Told of every attempt as soon as it is checked and stored. */
  onAttempt?: (attempt: Attempt) => void;
  /** The person's data files (`--data`), already read and bounded. */
  data?: readonly DataFile[];
}

export interface MakeResult {
  artifact: Artifact;
  attempts: Attempt[];
  /** Abilities the artifact used that were not in the repertoire, now added as lent. */
  lent: string[];
  /** The lent abilities first met here, to ask the person about: they may own them already. */
  toConfirm: ToConfirm[];
  formatChosen: boolean;
}

/**
 * Makes an idea into an artifact: the model writes it, the format's check judges it, a failure goes back
 * to the model to repair, up to the number of attempts. Every attempt is stored as soon as it is checked,
 * so nothing is lost if chops is stopped. Abilities the artifact used that the person does not have
 * become `lent`.
 */
export async function make(input: MakeInput, deps: MakeDeps): Promise<MakeResult> {
  const idea = deps.ideas.getIdea(input.ideaId.trim());
  if (!idea) throw new NotFoundError(`no idea "${input.ideaId}" (see chops ideas)`);
  const budget = input.attempts ?? 3;
  if (!Number.isInteger(budget) || budget < 1 || budget > 10)
    throw new UserInputError('attempts must be 1 to 10');
  const progress = input.onProgress ?? (() => {});
  const dataFiles = input.data ?? [];
  const fixed = input.format === undefined ? undefined : deps.formats.get(input.format);

  const abilities = deps.store.listAbilities();
  const vectors = await abilityVectors(abilities, deps);
  const [ideaVector] = await deps.embedder.embed([`${idea.title}. ${idea.pitch}`]);
  const own = mostSimilar(
    ideaVector!,
    abilities.filter((a) => a.status === 'own'),
    vectors,
    20,
  ).map((r) => r.ability);

  progress(
    input.format ? `writing the ${input.format} artifact` : 'choosing a format and writing the artifact',
  );
  const first = await deps.thinker.think({
    schema: firstAttemptSchema(fixed ? undefined : deps.formats.names),
    schemaName: 'artifact',
    system: makeSystem,
    prompt: firstAttemptPrompt(idea, fixed, deps.formats.all, {
      goal: deps.ideas.getGoal(idea.goalId)?.text,
      about: deps.store.getPerson()?.about,
      needs: currentNeeds(idea, abilities),
      own,
      data: dataFiles.length ? describeData(dataFiles, fixed, deps.formats.all) : undefined,
    }),
    signal: input.signal,
  });
  const format = input.format ?? (first as { format: ArtifactFormat }).format;
  const checker = fixed ?? deps.formats.get(format);
  // Stored with its first attempt, never before: a stop during the first check leaves nothing half made.
  const artifact: Artifact = {
    id: deps.generateId(),
    ideaId: idea.id,
    format,
    title: cleanModelText(first.title, 120) || idea.title,
    passed: false,
    abilities: [],
    model: deps.thinker.modelName,
    createdAt: deps.clock.now(),
    ...(dataFiles.length ? { dataFiles: dataFiles.map(dataFileRecord) } : {}),
  };

  const attempts: Attempt[] = [];
  let answer: { content: string; abilitiesUsed: { name: string; how: string }[] } = first;
  let lent: string[] = [];
  let toConfirm: ToConfirm[] = [];
  const goalDomain = deps.ideas.getGoal(idea.goalId)?.domain ?? 'general';
  for (let number = 1; ; number++) {
    const content = withData(checker, withoutFence(answer.content), dataFiles);
    progress(`checking attempt ${number}`);
    const check = await runCheck(checker, content, input.signal, dataFiles);
    const attempt: Attempt = { artifactId: artifact.id, number, content, check, createdAt: deps.clock.now() };
    const last = check.passed || number >= budget;
    // The last attempt's outcome is stored with it, in one transaction (its lent abilities just before).
    if (last) {
      const recorded = await recordUsedAbilities(answer.abilitiesUsed, goalDomain, own, deps);
      Object.assign(artifact, { passed: check.passed, abilities: recorded.used });
      ({ lent, toConfirm } = recorded);
    }
    if (number === 1) deps.artifacts.insertArtifact(artifact, [attempt]);
    else deps.artifacts.addAttempt(attempt, last ? artifact : undefined);
    attempts.push(attempt);
    input.onAttempt?.(attempt);
    if (last) break;
    progress(`asking for a repair (${check.problems.length} problems)`);
    answer = await deps.thinker.think({
      schema: repairSchema,
      schemaName: 'repair',
      system: makeSystem,
      prompt: repairPrompt(
        idea,
        checker,
        content,
        check.problems,
        dataFiles.length ? describeData(dataFiles, checker, deps.formats.all) : undefined,
      ),
      signal: input.signal,
    });
  }

  return { artifact, attempts, lent, toConfirm, formatChosen: input.format === undefined };
}

async function runCheck(
  checker: FormatChecker,
  content: string,
  signal: AbortSignal | undefined,
  dataFiles: readonly DataFile[],
): Promise<CheckResult> {
  if (content.trim() === '') return { passed: false, problems: ['the artifact is empty'], durationMs: 0 };
  return checker.check(content, {
    ...(signal ? { signal } : {}),
    ...(dataFiles.length ? { data: artifactData(dataFiles) } : {}),
  });
}

/** The artifact with the person's data in it, for a format that carries its data (Vega-Lite). */
function withData(checker: FormatChecker, content: string, files: readonly DataFile[]): string {
  return files.length && checker.embedData ? checker.embedData(content, files) : content;
}

const dataFileRecord = ({ name, path, format, bytes, rows, columns, sha256 }: DataFile): DataFileRecord => ({
  name,
  path,
  format,
  bytes,
  rows,
  columns,
  sha256,
});

/** The idea's needs with their status in the repertoire now: learning since the idea makes a need own. */
function currentNeeds(idea: Idea, abilities: readonly Ability[]) {
  const byId = new Map(abilities.map((ability) => [ability.id, ability]));
  const byName = new Map(abilities.map((ability) => [ability.name.toLowerCase(), ability]));
  return idea.needs.map((need) => {
    const ability = (need.abilityId && byId.get(need.abilityId)) || byName.get(need.name.toLowerCase());
    const status = ability ? (ability.status === 'own' ? 'own' : 'lent') : 'new';
    return { name: need.name, how: need.how, status };
  });
}

/** Models often wrap the artifact in a Markdown code fence despite being asked not to; the check should not fail for that. */
function withoutFence(content: string): string {
  const fenced = /^\s*```[\w-]*\n([\s\S]*?)\n```\s*$/.exec(content);
  return fenced ? fenced[1]! : content;
}
