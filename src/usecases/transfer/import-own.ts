import type { Need } from '../../domain/idea.js';
import type { ChopsDocument, DocumentPlaced } from './document-schema.js';
import { date, type ImportSummary } from './import-support.js';
import type { TransferDeps } from './transfer-deps.js';

/**
 * The person's AUT answers and own ideas from a file: records chops already has (same id) are left as
 * they are; a need's ability follows the ability's id in chops, as for the model's ideas.
 */
export function importOwn(
  document: ChopsDocument,
  deps: TransferDeps,
  summary: ImportSummary,
  placed: (entry: DocumentPlaced) => Need,
): void {
  if (deps.aut) {
    const known = new Set(deps.aut.listAutScores().map((record) => record.id));
    for (const record of document.autScores) {
      if (known.has(record.id)) continue;
      known.add(record.id);
      deps.aut.insertAutScore({
        ...record,
        flexibility: record.flexibility ?? undefined,
        seconds: record.seconds ?? undefined,
        takenAt: date(record.takenAt),
      });
      summary.added.autScores++;
    }
  }
  if (deps.mine) {
    const known = new Set(deps.mine.listMine().map((idea) => idea.id));
    const fresh = document.mineIdeas.filter((idea) => {
      if (known.has(idea.id)) return false;
      known.add(idea.id);
      return true;
    });
    deps.mine.insertMine(
      fresh.map((idea) => ({
        ...idea,
        needs: idea.needs.map(placed),
        reach: idea.reach ?? undefined,
        novelty: idea.novelty ?? undefined,
        originality: idea.originality ?? undefined,
        createdAt: date(idea.createdAt),
      })),
    );
    summary.added.mineIdeas += fresh.length;
  }
}
