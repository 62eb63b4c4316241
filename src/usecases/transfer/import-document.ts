import type { Attempt } from '../../domain/artifact-record.js';
import type { ChopsDocument, DocumentArtifact, DocumentGoal, DocumentPlaced } from './document-schema.js';
import { importVectors } from './document-vectors.js';
import { importOwn } from './import-own.js';
import { date, emptySummary, IdClaims, type ImportSummary, missing, sameTime } from './import-support.js';
import { mergeAbilities } from './merge-abilities.js';
import { mergePractice } from './merge-practice.js';
import type { TransferDeps } from './transfer-deps.js';

export type { ImportSummary } from './import-support.js';

/** One set of id claims per kind of record: ids are unique within a kind, not across kinds. */
export interface ImportClaims {
  abilities: IdClaims;
  goals: IdClaims;
  ideas: IdClaims;
  artifacts: IdClaims;
  tricks: IdClaims;
  cards: IdClaims;
  reviews: IdClaims;
  datScores: IdClaims;
  autScores: IdClaims;
  mineIdeas: IdClaims;
}

/**
 * Restores a parsed export into chops, merging with what is there, in one transaction: all of it
 * lands or none. An id chops has is the same record only when what never changes about it matches
 * (when it was made, what it belongs to; an artifact's attempts); then what chops has is kept, unless
 * the file's copy of an ability or card is newer. An id chops uses for a different record is a
 * collision, and the file's record is imported under a new id (counted in `renamed`). An ability whose
 * domain and name chops already has under another id becomes that ability, and every reference to it
 * follows. A reference to a record that is neither in the file nor in chops refuses the whole file.
 */
export function importDocument(document: ChopsDocument, deps: TransferDeps): ImportSummary {
  return deps.repertoire.transaction(() => new Importer(document, deps).run());
}

class Importer {
  readonly summary = emptySummary();
  readonly claims: ImportClaims;
  /** File ability id → the id it has in chops. */
  abilityIds = new Map<string, string>();

  constructor(
    private readonly document: ChopsDocument,
    private readonly deps: TransferDeps,
  ) {
    const claims = () => new IdClaims(deps.generateId, this.summary);
    this.claims = {
      abilities: claims(),
      goals: claims(),
      ideas: claims(),
      artifacts: claims(),
      tricks: claims(),
      cards: claims(),
      reviews: claims(),
      datScores: claims(),
      autScores: claims(),
      mineIdeas: claims(),
    };
  }

  run(): ImportSummary {
    const { person } = this.document;
    if (person && !this.deps.repertoire.getPerson()) {
      this.deps.repertoire.savePerson({ ...person, createdAt: date(person.createdAt) });
      this.summary.added.person = 1;
    }
    this.abilityIds = mergeAbilities(this.document, this.deps, this.summary, this.claims.abilities);
    this.goals();
    this.artifacts();
    mergePractice(this.document, this.deps, this.summary, this.claims, (id) => this.ability(id));
    this.datScores();
    importOwn(this.document, this.deps, this.summary, this.claims, (entry) => this.placed(entry));
    return this.summary;
  }

  /** The id an ability reference has in chops, or undefined when it names no ability anywhere. */
  ability(fileId: string): string | undefined {
    return this.abilityIds.get(fileId) ?? (this.deps.repertoire.getAbility(fileId) ? fileId : undefined);
  }

  /**
   * A need or used ability, its ability id following the file's abilities. An id the file has no
   * ability for (one removed before the export) is dropped: here it could name another ability.
   */
  placed(entry: DocumentPlaced) {
    const { abilityId, ...rest } = entry;
    const id = abilityId === null ? undefined : this.abilityIds.get(abilityId);
    return { ...rest, ...(id !== undefined ? { abilityId: id } : {}) };
  }

  goals(): void {
    const { ideas } = this.deps;
    for (const goal of this.document.goals) {
      const claimed = this.claims.goals.claim(
        goal.id,
        ideas.getGoal(goal.id),
        (here) => sameTime(here.createdAt, goal.createdAt) && here.text === goal.text,
      );
      if (!claimed.here) {
        const { ideas: _, ...record } = goal;
        ideas.insertGoal({
          ...record,
          id: claimed.id,
          soloSpread: goal.soloSpread ?? undefined,
          reachSpread: goal.reachSpread ?? undefined,
          gain: goal.gain ?? undefined,
          createdAt: date(goal.createdAt),
        });
        this.summary.added.goals++;
      }
      const fresh = goal.ideas.flatMap((idea) => {
        const { id, here } = this.claims.ideas.claim(
          idea.id,
          ideas.getIdea(idea.id),
          (found) =>
            found.goalId === claimed.id &&
            sameTime(found.createdAt, idea.createdAt) &&
            found.title === idea.title,
        );
        return here ? [] : [{ ...idea, id }];
      });
      ideas.insertIdeas(
        fresh.map(({ vectors: _, ...idea }) => ({
          ...idea,
          goalId: claimed.id,
          needs: idea.needs.map((need) => this.placed(need)),
          createdAt: date(idea.createdAt),
        })),
      );
      for (const idea of fresh) importVectors(this.deps.vectors, 'idea', idea.id, idea.vectors);
      this.summary.added.ideas += fresh.length;
      // A goal chops had keeps its own history; a new one gets the file's, its ideas under their ids here.
      if (!claimed.here) this.goalHistory(claimed.id, goal.history ?? []);
    }
  }

  goalHistory(goalId: string, history: NonNullable<DocumentGoal['history']>): void {
    for (const shown of history) {
      this.deps.ideas.addGoalHistory({
        goalId,
        until: date(shown.until),
        soloSpread: shown.soloSpread ?? undefined,
        reachSpread: shown.reachSpread ?? undefined,
        gain: shown.gain ?? undefined,
        ideas: shown.ideas.map((idea) => ({
          ...idea,
          id: this.claims.ideas.get(idea.id) ?? idea.id,
          needs: idea.needs.map((need) => this.placed(need)),
        })),
      });
    }
  }

  artifacts(): void {
    const { artifacts, ideas } = this.deps;
    this.document.artifacts.forEach((artifact, i) => {
      const ideaId =
        this.claims.ideas.get(artifact.ideaId) ??
        (ideas.getIdea(artifact.ideaId) ? artifact.ideaId : undefined);
      if (!ideaId) throw missing(`artifacts[${i}]`, `idea "${artifact.ideaId}"`);
      // Attempts never change once made: an artifact here with other attempts is another artifact.
      const { id, here } = this.claims.artifacts.claim(
        artifact.id,
        artifacts.getArtifact(artifact.id),
        (found) =>
          found.ideaId === ideaId &&
          found.format === artifact.format &&
          sameTime(found.createdAt, artifact.createdAt) &&
          sameAttempts(artifacts.listAttempts(found.id), artifact.attempts),
      );
      if (here) return;
      const { attempts, dataFiles, ...record } = artifact;
      artifacts.insertArtifact(
        {
          ...record,
          ...(dataFiles ? { dataFiles } : {}),
          id,
          ideaId,
          abilities: artifact.abilities.map((used) => this.placed(used)),
          createdAt: date(artifact.createdAt),
        },
        attempts.map((attempt) => ({
          artifactId: id,
          number: attempt.number,
          content: attempt.content,
          check: {
            passed: attempt.passed,
            problems: attempt.problems,
            ...(attempt.output ? { output: attempt.output } : {}),
            durationMs: attempt.durationMs,
          },
          createdAt: date(attempt.createdAt),
        })),
      );
      this.summary.added.artifacts++;
      this.summary.added.attempts += attempts.length;
    });
  }

  datScores(): void {
    const known = new Map(this.deps.dat.listDatScores().map((record) => [record.id, record]));
    for (const record of this.document.datScores) {
      const { id, here } = this.claims.datScores.claim(
        record.id,
        known.get(record.id),
        (found) => sameTime(found.takenAt, record.takenAt) && found.score === record.score,
      );
      if (here) continue;
      this.deps.dat.insertDatScore({ ...record, id, takenAt: date(record.takenAt) });
      this.summary.added.datScores++;
    }
  }
}

function sameAttempts(here: readonly Attempt[], file: DocumentArtifact['attempts']): boolean {
  return (
    here.length === file.length &&
    here.every(
      (attempt, i) =>
        attempt.number === file[i]!.number &&
        attempt.content === file[i]!.content &&
        attempt.check.passed === file[i]!.passed,
    )
  );
}
