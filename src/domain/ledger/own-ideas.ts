import { spreadOf } from '../idea-metrics.js';
import { cosine } from '../vector.js';
import type { LedgerAbility, LedgerWeek } from './ledger.js';
import { isoDay, isoWeekLabel, weekOf, weekStart } from './weeks.js';

/** One of the person's own ideas as the ledger reads it (`createdAt` in ms). */
export interface OwnIdeaRow {
  id: string;
  goalId: string;
  text: string;
  createdAt: number;
  originality: number | null;
  /** Repertoire abilities its needs were mapped onto. */
  abilityIds: string[];
  /** Its vector, and the vectors of the model's ideas for the same goal (same embedding model). */
  vector: Float32Array | undefined;
  modelVectors: Float32Array[];
}

/** An ability the person absorbed: lent in an artifact, practised, then mastered (own). */
export interface AbsorbedAbility extends Omit<LedgerAbility, 'at'> {
  lentAt: string;
  practisedFrom: string;
  ownAt: string;
  /** The first of the person's own ideas, after it became own, that used it; null if none yet. */
  firstOwnIdea: { id: string; text: string; at: string } | null;
}

/** What the ledger says of the person's own ideas: the lasting effect chops is for. */
export interface OwnIdeasLedger {
  ideas: number;
  /** Mean pairwise distance of all the person's own ideas; null with fewer than two. */
  spread: number | null;
  meanOriginality: number | null;
  /** Share of own ideas using an ability absorbed before the idea was had. */
  absorbedShare: number | null;
  /**
   * Mean cosine similarity of each own idea to the model's ideas for the same goal (higher: more
   * alike; rising over time would be homogenization). Null without such pairs.
   */
  similarityToModel: number | null;
  absorbed: AbsorbedAbility[];
  weeks: (LedgerWeek & {
    ideas: number;
    spread: number | null;
    meanOriginality: number | null;
    absorbedShare: number | null;
    similarityToModel: number | null;
  })[];
}

/** Sources of the absorbed abilities (times in ms). */
interface AbsorptionSources {
  /** First artifact that used each ability while it was lent. */
  lent: ReadonlyMap<string, number>;
  /** First review of each ability's cards. */
  practised: ReadonlyMap<string, number>;
  /** Abilities that became own after they had cards: when. */
  mastered: readonly { id: string; name: string; domain: string; at: number }[];
}

/**
 * The own-ideas ledger over `weeks` (ascending; ideas outside them still count in the totals only if
 * the caller passed them). An ability counts as absorbed when it was lent in an artifact, practised,
 * and mastered, in that order of first occurrence; an idea uses it when one of its needs is it and the
 * idea came after it became own.
 */
export function ownIdeasLedger(
  ideas: readonly OwnIdeaRow[],
  sources: AbsorptionSources,
  weeks: readonly number[],
): OwnIdeasLedger {
  const absorbedAt = new Map<string, number>();
  const absorbed: AbsorbedAbility[] = [];
  const sorted = [...ideas].sort((a, b) => a.createdAt - b.createdAt);
  for (const ability of sources.mastered) {
    const lentAt = sources.lent.get(ability.id);
    const practisedAt = sources.practised.get(ability.id);
    if (lentAt === undefined || practisedAt === undefined || lentAt > ability.at) continue;
    absorbedAt.set(ability.id, ability.at);
    const first = sorted.find((idea) => idea.createdAt >= ability.at && idea.abilityIds.includes(ability.id));
    absorbed.push({
      id: ability.id,
      name: ability.name,
      domain: ability.domain,
      lentAt: new Date(lentAt).toISOString(),
      practisedFrom: new Date(practisedAt).toISOString(),
      ownAt: new Date(ability.at).toISOString(),
      firstOwnIdea: first
        ? { id: first.id, text: first.text, at: new Date(first.createdAt).toISOString() }
        : null,
    });
  }
  absorbed.sort((a, b) => a.ownAt.localeCompare(b.ownAt));
  const usesAbsorbed = (idea: OwnIdeaRow) =>
    idea.abilityIds.some((id) => {
      const at = absorbedAt.get(id);
      return at !== undefined && at <= idea.createdAt;
    });
  const summary = (group: readonly OwnIdeaRow[]) => {
    const vectors = group.flatMap((idea) => (idea.vector ? [idea.vector] : []));
    const similarities = group.flatMap((idea) =>
      idea.vector ? idea.modelVectors.map((other) => cosine(idea.vector!, other)) : [],
    );
    return {
      ideas: group.length,
      spread: round(spreadOf(vectors)),
      meanOriginality: mean(group.flatMap((idea) => (idea.originality === null ? [] : [idea.originality]))),
      absorbedShare: group.length ? round(group.filter(usesAbsorbed).length / group.length) : null,
      similarityToModel: mean(similarities),
    };
  };
  return {
    ...summary(sorted),
    absorbed,
    weeks: weeks.map((week) => ({
      week: isoWeekLabel(week),
      start: isoDay(weekStart(week)),
      ...summary(sorted.filter((idea) => weekOf(idea.createdAt) === week)),
    })),
  };
}

function mean(values: readonly number[]): number | null {
  return values.length ? round(values.reduce((sum, value) => sum + value, 0) / values.length) : null;
}

function round(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10_000) / 10_000;
}
