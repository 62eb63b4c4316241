import type { ChopsDocument, DocumentPlaced } from './document-schema.js';
import { importOwn } from './import-own.js';
import { date, emptySummary, type ImportSummary, missing } from './import-support.js';
import { mergeAbilities } from './merge-abilities.js';
import { mergePractice } from './merge-practice.js';
import type { TransferDeps } from './transfer-deps.js';

export type { ImportSummary } from './import-support.js';

/**
 * Restores a parsed export into chops, merging with what is there, in one transaction: all of it
 * lands or none. Same ids are the same records (what chops has is kept, unless the file's copy of an
 * ability or card is newer); an ability whose domain and name chops already has under another id
 * becomes that ability, and every reference to it follows. A reference to a record that is neither in
 * the file nor in chops refuses the whole file.
 */
export function importDocument(document: ChopsDocument, deps: TransferDeps): ImportSummary {
  return deps.repertoire.transaction(() => new Importer(document, deps).run());
}

class Importer {
  readonly summary = emptySummary();
  /** File ability id → the id it has in chops. */
  abilityIds = new Map<string, string>();

  constructor(
    private readonly document: ChopsDocument,
    private readonly deps: TransferDeps,
  ) {}

  run(): ImportSummary {
    const { person } = this.document;
    if (person && !this.deps.repertoire.getPerson()) {
      this.deps.repertoire.savePerson({ ...person, createdAt: date(person.createdAt) });
      this.summary.added.person = 1;
    }
    this.abilityIds = mergeAbilities(this.document, this.deps, this.summary);
    this.goals();
    this.artifacts();
    mergePractice(this.document, this.deps, this.summary, (id) => this.ability(id));
    this.datScores();
    importOwn(this.document, this.deps, this.summary, (entry) => this.placed(entry));
    return this.summary;
  }

  /** The id an ability reference has in chops, or undefined when it names no ability anywhere. */
  ability(fileId: string): string | undefined {
    return this.abilityIds.get(fileId) ?? (this.deps.repertoire.getAbility(fileId) ? fileId : undefined);
  }

  /** A need or used ability, its ability id following a merge; a stale id (a removed ability) stays. */
  placed(entry: DocumentPlaced) {
    const { abilityId, ...rest } = entry;
    const id = abilityId === null ? undefined : (this.abilityIds.get(abilityId) ?? abilityId);
    return { ...rest, ...(id !== undefined ? { abilityId: id } : {}) };
  }

  goals(): void {
    const { ideas } = this.deps;
    for (const goal of this.document.goals) {
      if (!ideas.getGoal(goal.id)) {
        const { ideas: _, ...record } = goal;
        ideas.insertGoal({
          ...record,
          soloSpread: goal.soloSpread ?? undefined,
          reachSpread: goal.reachSpread ?? undefined,
          gain: goal.gain ?? undefined,
          createdAt: date(goal.createdAt),
        });
        this.summary.added.goals++;
      }
      const fresh = goal.ideas.filter((idea) => !ideas.getIdea(idea.id));
      const unique = [...new Map(fresh.map((idea) => [idea.id, idea])).values()];
      ideas.insertIdeas(
        unique.map((idea) => ({
          ...idea,
          goalId: goal.id,
          needs: idea.needs.map((need) => this.placed(need)),
          createdAt: date(idea.createdAt),
        })),
      );
      this.summary.added.ideas += unique.length;
    }
  }

  artifacts(): void {
    const { artifacts, ideas } = this.deps;
    this.document.artifacts.forEach((artifact, i) => {
      if (!ideas.getIdea(artifact.ideaId)) throw missing(`artifacts[${i}]`, `idea "${artifact.ideaId}"`);
      if (!artifacts.getArtifact(artifact.id)) {
        const { attempts: _, ...record } = artifact;
        artifacts.insertArtifact({
          ...record,
          abilities: artifact.abilities.map((used) => this.placed(used)),
          createdAt: date(artifact.createdAt),
        });
        this.summary.added.artifacts++;
      }
      const numbers = new Set(artifacts.listAttempts(artifact.id).map((attempt) => attempt.number));
      for (const attempt of artifact.attempts) {
        if (numbers.has(attempt.number)) continue;
        numbers.add(attempt.number);
        artifacts.addAttempt({
          artifactId: artifact.id,
          number: attempt.number,
          content: attempt.content,
          check: {
            passed: attempt.passed,
            problems: attempt.problems,
            ...(attempt.output ? { output: attempt.output } : {}),
            durationMs: attempt.durationMs,
          },
          createdAt: date(attempt.createdAt),
        });
        this.summary.added.attempts++;
      }
    });
  }

  datScores(): void {
    const known = new Set(this.deps.dat.listDatScores().map((record) => record.id));
    for (const record of this.document.datScores) {
      if (known.has(record.id)) continue;
      known.add(record.id);
      this.deps.dat.insertDatScore({ ...record, takenAt: date(record.takenAt) });
      this.summary.added.datScores++;
    }
  }
}
