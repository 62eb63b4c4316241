import type { DrillStatus } from '../../usecases/practice/drill.js';

/** A drill, as `chops drill --json` prints it and the API sends it: its cells and its progress. */
export function drillJson(status: DrillStatus, masteryDays: number) {
  return {
    trickId: status.trick.id,
    trick: status.trick.name,
    progress: status.progress,
    cells: status.cells.map((card) => ({
      cardId: card.id,
      key: card.drill!.key,
      tempo: card.drill!.tempo,
      due: card.memory.due.toISOString(),
      stability: card.memory.stability,
      mastered: !card.suspended && card.memory.stability >= masteryDays,
      suspended: card.suspended,
    })),
  };
}
