import type { Need } from '../../domain/idea.js';
import type { ChopsDocument, DocumentPlaced } from './document-schema.js';
import { importVectors } from './document-vectors.js';
import { date, type IdClaims, type ImportSummary, sameTime } from './import-support.js';
import type { TransferDeps } from './transfer-deps.js';

/** The id claims the person's own records need: their own, and the goals' (which own ideas follow). */
interface OwnClaims {
  goals: IdClaims;
  autScores: IdClaims;
  mineIdeas: IdClaims;
}

/**
 * The person's AUT answers and own ideas from a file. A record chops has under the same id is kept as
 * it is when it is the same record (made at the same moment, the same object or text); an id chops uses
 * for another record is a collision, and the file's record gets a new id. An own idea follows its
 * goal's id in chops, and a need's ability follows the ability's, as for the model's ideas.
 */
export function importOwn(
  document: ChopsDocument,
  deps: TransferDeps,
  summary: ImportSummary,
  claims: OwnClaims,
  placed: (entry: DocumentPlaced) => Need,
): void {
  if (deps.aut) {
    const here = new Map(deps.aut.listAutScores().map((record) => [record.id, record]));
    for (const record of document.autScores) {
      const claimed = claims.autScores.claim(
        record.id,
        here.get(record.id),
        (found) => sameTime(found.takenAt, record.takenAt) && found.object === record.object,
      );
      if (claimed.here) continue;
      deps.aut.insertAutScore({
        ...record,
        id: claimed.id,
        flexibility: record.flexibility ?? undefined,
        seconds: record.seconds ?? undefined,
        takenAt: date(record.takenAt),
      });
      summary.added.autScores++;
    }
  }
  if (deps.mine) {
    const here = new Map(deps.mine.listMine().map((idea) => [idea.id, idea]));
    const fresh = document.mineIdeas.flatMap((idea) => {
      const claimed = claims.mineIdeas.claim(
        idea.id,
        here.get(idea.id),
        (found) => sameTime(found.createdAt, idea.createdAt) && found.text === idea.text,
      );
      return claimed.here ? [] : [{ ...idea, id: claimed.id }];
    });
    deps.mine.insertMine(
      fresh.map(({ vectors: _, ...idea }) => ({
        ...idea,
        goalId: claims.goals.get(idea.goalId) ?? idea.goalId,
        needs: idea.needs.map(placed),
        reach: idea.reach ?? undefined,
        novelty: idea.novelty ?? undefined,
        originality: idea.originality ?? undefined,
        createdAt: date(idea.createdAt),
      })),
    );
    for (const idea of fresh) importVectors(deps.vectors, 'mine', idea.id, idea.vectors);
    summary.added.mineIdeas += fresh.length;
  }
}
