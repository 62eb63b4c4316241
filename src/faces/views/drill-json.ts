import type { Card } from '../../domain/practice/card.js';
import { drillProgress } from '../../domain/practice/drill.js';
import type { Trick } from '../../domain/practice/trick.js';
import type { DrillStatus } from '../../usecases/practice/drill.js';

/** An abc trick that can be drilled, as `chops drill --json` lists it: its drill's progress so far. */
export function drillableJson(trick: Trick, cards: readonly Card[], masteryDays: number) {
  return { id: trick.id, name: trick.name, progress: drillProgress([...cards], masteryDays) };
}

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
