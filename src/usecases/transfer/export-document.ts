import type { Card, CardMemory, ReviewLog } from '../../domain/practice/index.js';
import type { ChopsDocument, DocumentMemory } from './document-schema.js';
import { documentVersion } from './document-schema.js';
import { exportVectors } from './document-vectors.js';
import type { TransferDeps } from './transfer-deps.js';

const iso = (date: Date) => date.toISOString();

function memoryJson(memory: CardMemory): DocumentMemory {
  return {
    due: iso(memory.due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsedDays: memory.elapsedDays,
    scheduledDays: memory.scheduledDays,
    learningSteps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: memory.state,
    lastReview: memory.lastReview ? iso(memory.lastReview) : null,
  };
}

function logJson(log: ReviewLog) {
  return { ...log, due: iso(log.due), review: iso(log.review) };
}

/**
 * Everything chops keeps, as one versioned document: the person, the repertoire with its history,
 * goals with their ideas, artifacts with every attempt, tricks with their cards, every review with
 * its FSRS log, the DAT and AUT scores, the person's own ideas; ideas' and own ideas' vectors tagged by
 * model (see TransferDeps). Reviews are one list in
 * the order they were made, not nested in cards: undo takes the last review of all, so that order is
 * part of the data.
 */
export function exportDocument(deps: TransferDeps): ChopsDocument {
  const person = deps.repertoire.getPerson();
  const events = groupBy(deps.repertoire.listAbilityEvents(), (event) => event.abilityId);
  const aliases = groupBy(deps.repertoire.listAliases(), (alias) => alias.abilityId);
  const cards = groupBy(deps.practice.listCards({}), (card: Card) => card.trickId);
  return {
    chops: documentVersion,
    exportedAt: iso(deps.clock.now()),
    person: person ? { ...person, createdAt: iso(person.createdAt) } : null,
    abilities: deps.repertoire.listAbilities().map((ability) => ({
      id: ability.id,
      name: ability.name,
      domain: ability.domain,
      kind: ability.kind,
      summary: ability.summary,
      status: ability.status,
      createdAt: iso(ability.createdAt),
      updatedAt: iso(ability.updatedAt),
      events: (events.get(ability.id) ?? []).map((event) => ({ status: event.status, at: iso(event.at) })),
      aliases: (aliases.get(ability.id) ?? []).map((alias) => ({
        name: alias.name,
        source: alias.source,
        createdAt: iso(alias.createdAt),
      })),
    })),
    notYet: deps.repertoire.listNotYet().map((entry) => ({ name: entry.name, at: iso(entry.at) })),
    goals: deps.ideas.listGoals().map((goal) => ({
      id: goal.id,
      text: goal.text,
      domain: goal.domain,
      model: goal.model,
      soloSpread: goal.soloSpread ?? null,
      reachSpread: goal.reachSpread ?? null,
      gain: goal.gain ?? null,
      notes: goal.notes,
      createdAt: iso(goal.createdAt),
      ideas: deps.ideas.listIdeas({ goalId: goal.id }).map((idea) => ({
        id: idea.id,
        set: idea.set,
        title: idea.title,
        pitch: idea.pitch,
        lens: idea.lens,
        needs: idea.needs.map((need) => ({ ...need, abilityId: need.abilityId ?? null })),
        reach: idea.reach,
        novelty: idea.novelty,
        createdAt: iso(idea.createdAt),
        vectors: exportVectors(deps.vectors, 'idea', idea.id),
      })),
      history: deps.ideas.listGoalHistory(goal.id).map((shown) => ({
        until: iso(shown.until),
        soloSpread: shown.soloSpread ?? null,
        reachSpread: shown.reachSpread ?? null,
        gain: shown.gain ?? null,
        ideas: shown.ideas.map((idea) => ({
          id: idea.id,
          set: idea.set,
          needs: idea.needs.map((need) => ({ ...need, abilityId: need.abilityId ?? null })),
          reach: idea.reach,
        })),
      })),
    })),
    artifacts: deps.artifacts.listArtifacts().map((artifact) => ({
      id: artifact.id,
      ideaId: artifact.ideaId,
      format: artifact.format,
      title: artifact.title,
      passed: artifact.passed,
      abilities: artifact.abilities.map((used) => ({ ...used, abilityId: used.abilityId ?? null })),
      model: artifact.model,
      createdAt: iso(artifact.createdAt),
      dataFiles: artifact.dataFiles ?? [],
      attempts: deps.artifacts.listAttempts(artifact.id).map((attempt) => ({
        number: attempt.number,
        content: attempt.content,
        passed: attempt.check.passed,
        problems: attempt.check.problems,
        output: attempt.check.output ?? '',
        durationMs: attempt.check.durationMs,
        createdAt: iso(attempt.createdAt),
      })),
    })),
    tricks: deps.practice.listTricks().map((trick) => ({
      id: trick.id,
      abilityId: trick.abilityId,
      name: trick.name,
      explanation: trick.explanation,
      example: trick.example,
      format: trick.format,
      artifactId: trick.artifactId ?? null,
      createdAt: iso(trick.createdAt),
      cards: (cards.get(trick.id) ?? []).map((card) => ({
        id: card.id,
        kind: card.kind,
        prompt: card.prompt,
        answer: card.answer,
        check: card.check ?? null,
        formatCheck: card.formatCheck ?? null,
        drill: card.drill ?? null,
        memory: memoryJson(card.memory),
        suspended: card.suspended,
        createdAt: iso(card.createdAt),
      })),
    })),
    reviews: deps.practice.listReviews().map((review) => ({
      id: review.id,
      cardId: review.cardId,
      rating: review.rating,
      answer: review.answer,
      reviewedAt: iso(review.reviewedAt),
      log: logJson(review.log),
      before: memoryJson(review.before),
      promotedFrom: review.promotedFrom ?? null,
    })),
    datScores: deps.dat.listDatScores().map((record) => ({ ...record, takenAt: iso(record.takenAt) })),
    autScores: (deps.aut?.listAutScores() ?? []).map((record) => ({
      ...record,
      flexibility: record.flexibility ?? null,
      seconds: record.seconds ?? null,
      takenAt: iso(record.takenAt),
    })),
    mineIdeas: (deps.mine?.listMine() ?? []).map((idea) => ({
      ...idea,
      needs: idea.needs.map((need) => ({ ...need, abilityId: need.abilityId ?? null })),
      reach: idea.reach ?? null,
      novelty: idea.novelty ?? null,
      originality: idea.originality ?? null,
      createdAt: iso(idea.createdAt),
      vectors: exportVectors(deps.vectors, 'mine', idea.id),
    })),
  };
}

// Map.groupBy arrived in Node 21; chops supports Node 20.
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
