import {
  type AutLedger,
  type DatLedger,
  type ImaginationLedger,
  type Ledger,
  type LedgerAbility,
  meanOf,
  type PracticeLedger,
  type RepertoireLedger,
  ratio,
  round,
} from '../../domain/ledger/ledger.js';
import { type OwnIdeasLedger, ownIdeasLedger } from '../../domain/ledger/own-ideas.js';
import { repertoireByWeek } from '../../domain/ledger/repertoire-weeks.js';
import { isoDay, isoWeekLabel, weekOf, weekRange, weekStart } from '../../domain/ledger/weeks.js';
import type { Clock } from '../../domain/ports/clock.js';
import type { AbilityAt, LedgerRange, LedgerStore } from '../../domain/ports/ledger-store.js';
import type { OwnIdeasLedgerStore } from '../../domain/ports/own-ideas-ledger-store.js';

export interface MeasureDeps {
  ledger: LedgerStore;
  clock: Clock;
  /** The person's own ideas and AUT answers; without it those sections are empty. */
  ownIdeas?: OwnIdeasLedgerStore;
}

const recentlyOwnShown = 10;

/**
 * The ledger of everything chops has recorded (or of what happened since `since`): the repertoire by
 * week, imagination per goal and by week, practice and the DAT. Weeks run from the first one with a
 * record (or the week of `since`) to this week, the same span in every section.
 */
export function measure(input: { since?: Date | undefined }, deps: MeasureDeps): Ledger {
  const now = deps.clock.now();
  const range: LedgerRange = { since: input.since?.getTime() ?? 0 };
  const first = input.since ? range.since : deps.ledger.firstRecord(range);
  const weeks = first === undefined ? [] : weekRange(weekOf(first), weekOf(now.getTime()));
  return {
    now: now.toISOString(),
    since: input.since ? isoDay(input.since) : null,
    repertoire: repertoireLedger(weeks, range, deps.ledger),
    imagination: imaginationLedger(weeks, range, deps.ledger),
    practice: practiceLedger(weeks, range, now, deps.ledger),
    dat: datLedger(range, deps.ledger),
    ownIdeas: ownIdeasSection(weeks, range, deps),
    aut: autLedger(range, deps.ownIdeas),
  };
}

const weekOfLedger = (week: number) => ({ week: isoWeekLabel(week), start: isoDay(weekStart(week)) });

const abilityAt = (row: AbilityAt): LedgerAbility => ({
  id: row.id,
  name: row.name,
  domain: row.domain,
  at: new Date(row.at).toISOString(),
});

function repertoireLedger(weeks: number[], range: LedgerRange, store: LedgerStore): RepertoireLedger {
  const changes = store.statusChanges();
  // The state now is the replay to the end of time: the same rule as the weeks, so they always agree.
  const [now] = repertoireByWeek(changes, [Number.MAX_SAFE_INTEGER]);
  const counts = repertoireByWeek(changes, weeks);
  return {
    now: { ...now!, total: now!.own + now!.lent + now!.learning },
    weeks: weeks.map((week, i) => ({ ...weekOfLedger(week), ...counts[i]! })),
    recentlyOwn: store.recentlyOwn(range, recentlyOwnShown).map(abilityAt),
  };
}

function imaginationLedger(weeks: number[], range: LedgerRange, store: LedgerStore): ImaginationLedger {
  const goals = store.goals(range);
  const ideaWeeks = new Map(store.ideaWeeks(range).map((row) => [row.week, row]));
  const goalWeeks = new Map(store.goalWeeks(range).map((row) => [row.week, row]));
  const ideaRows = [...ideaWeeks.values()];
  const ideas = ideaRows.reduce((sum, row) => sum + row.ideas, 0);
  const made = store.madeIdeas(range);
  return {
    goals: goals.length,
    ideas,
    meanGain: meanOf(goals.map((goal) => goal.gain)),
    meanReach: ratio(
      ideaRows.reduce((sum, row) => sum + row.reachSum, 0),
      ideas,
    ),
    meanNovelty: ratio(
      ideaRows.reduce((sum, row) => sum + row.noveltySum, 0),
      ideas,
    ),
    made: { ...made, share: ratio(made.neededLent, made.ideas) },
    perGoal: goals.map((goal) => ({
      id: goal.id,
      text: goal.text,
      domain: goal.domain,
      createdAt: new Date(goal.createdAt).toISOString(),
      ideas: goal.ideas,
      gain: round(goal.gain),
      meanReach: round(goal.meanReach),
      meanNovelty: round(goal.meanNovelty),
    })),
    weeks: weeks.map((week) => {
      const idea = ideaWeeks.get(week);
      const goal = goalWeeks.get(week);
      return {
        ...weekOfLedger(week),
        goals: goal?.goals ?? 0,
        ideas: idea?.ideas ?? 0,
        meanGain: goal ? ratio(goal.gainSum, goal.gains) : null,
        meanReach: idea ? ratio(idea.reachSum, idea.ideas) : null,
        meanNovelty: idea ? ratio(idea.noveltySum, idea.ideas) : null,
      };
    }),
  };
}

function practiceLedger(weeks: number[], range: LedgerRange, now: Date, store: LedgerStore): PracticeLedger {
  const reviewWeeks = new Map(store.reviewWeeks(range).map((row) => [row.week, row]));
  const rows = [...reviewWeeks.values()];
  const reviews = rows.reduce((sum, row) => sum + row.reviews, 0);
  const again = rows.reduce((sum, row) => sum + row.again, 0);
  const cards = store.cards(now.getTime());
  const mastered = store.mastered(range).map(abilityAt);
  return {
    reviews,
    retention: ratio(reviews - again, reviews),
    cardsDue: cards.due,
    cards: cards.cards,
    abilitiesMastered: mastered.length,
    mastered,
    weeks: weeks.map((week) => {
      const row = reviewWeeks.get(week);
      return {
        ...weekOfLedger(week),
        reviews: row?.reviews ?? 0,
        retention: row ? ratio(row.reviews - row.again, row.reviews) : null,
      };
    }),
  };
}

function datLedger(range: LedgerRange, store: LedgerStore): DatLedger {
  const scores = store.datScores(range).map((row) => ({
    id: row.id,
    takenAt: new Date(row.takenAt).toISOString(),
    score: round(row.score),
  }));
  const values = scores.map((row) => row.score);
  return {
    count: scores.length,
    latest: values.at(-1) ?? null,
    best: values.length ? Math.max(...values) : null,
    mean: meanOf(values),
    scores,
  };
}

function ownIdeasSection(weeks: number[], range: LedgerRange, deps: MeasureDeps): OwnIdeasLedger {
  const store = deps.ownIdeas;
  const toMap = (rows: { abilityId: string; at: number }[]) =>
    new Map(rows.map((row) => [row.abilityId, row.at]));
  return ownIdeasLedger(
    store?.ownIdeas(range) ?? [],
    {
      lent: toMap(store?.lentInArtifacts() ?? []),
      practised: toMap(store?.firstReviews() ?? []),
      mastered: store ? deps.ledger.mastered({ since: 0 }) : [],
    },
    weeks,
  );
}

function autLedger(range: LedgerRange, store: OwnIdeasLedgerStore | undefined): AutLedger {
  const scores = (store?.autScores(range) ?? []).map((row) => ({
    id: row.id,
    object: row.object,
    takenAt: new Date(row.takenAt).toISOString(),
    fluency: row.fluency,
    originality: round(row.originality)!,
    flexibility: row.flexibility,
  }));
  return { count: scores.length, scores };
}
