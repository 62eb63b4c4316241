import type { Vector } from './vector.js';

/** Solo ideas need only the person's own abilities; reach ideas may need abilities the model lends. */
export type IdeaSet = 'solo' | 'reach';

/**
 * How a need stands against the repertoire, decided by chops, never by the model: `own`; `lent` (in the
 * repertoire but not own: lent or learning); `new` (not in the repertoire at all).
 */
export type NeedStatus = 'own' | 'lent' | 'new';

export interface Need {
  name: string;
  how: string;
  status: NeedStatus;
  /** The repertoire ability this need is, when it is one. */
  abilityId?: string | undefined;
}

export interface Idea {
  id: string;
  goalId: string;
  set: IdeaSet;
  title: string;
  pitch: string;
  /** The viewpoint, constraint or persona the idea came from. */
  lens: string;
  needs: Need[];
  /** Share of needs that are not own, 0..1. */
  reach: number;
  /** Distance from this person's nearest earlier ideas on the embedder's scale, 0 (a repeat)..1. */
  novelty: number;
  createdAt: Date;
}

export interface Goal {
  id: string;
  text: string;
  domain: string;
  model: string;
  /**
   * Each set's Vendi score on centred vectors (the effective number of distinct ideas); undefined with
   * fewer than two ideas. Goals made before the calibrated measures hold the older mean pairwise distance.
   */
  soloSpread: number | undefined;
  reachSpread: number | undefined;
  /** Reach spread over solo spread: how much wider the lent abilities made the person's imagination. */
  gain: number | undefined;
  notes: string[];
  createdAt: Date;
}

/** A goal as it was shown until `until`, when answers about the person re-mapped its ideas. */
export interface ShownGoal {
  goalId: string;
  until: Date;
  soloSpread: number | undefined;
  reachSpread: number | undefined;
  gain: number | undefined;
  ideas: Pick<Idea, 'id' | 'set' | 'needs' | 'reach'>[];
}

/** An idea's text as it is embedded for novelty, spread and diversity. */
export function ideaText(idea: { title: string; pitch: string }): string {
  return `${idea.title}. ${idea.pitch}`;
}

export type { Vector };
