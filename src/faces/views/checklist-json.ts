import type { ToConfirm } from '../../usecases/recognition/checklist.js';

/** One line of "Can you already do these?", as `--json` and the HTTP API show it. */
export function toConfirmJson(item: ToConfirm) {
  return {
    name: item.name,
    neededBy: item.neededBy,
    completes: item.completes,
    sameAs: item.sameAs ? { id: item.sameAs.id, name: item.sameAs.name } : null,
  };
}
