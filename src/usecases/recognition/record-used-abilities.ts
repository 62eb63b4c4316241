import {
  type Ability,
  type AbilityKind,
  abilityKinds,
  cleanLabel,
  maxDomainLength,
} from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import type { UsedAbility } from '../../domain/artifact-record.js';
import { cleanModelText } from '../../domain/model-text.js';
import { addAbilities } from '../repertoire/add-abilities.js';
import { repertoireIndex } from '../repertoire/repertoire-index.js';
import { type ChecklistDeps, type ToConfirm, withSuggestions } from './checklist.js';
import { emptyLog, placeNeeds } from './place-needs.js';
import { recordPlacements } from './record-placements.js';

/** An ability an artifact used, as the model reported it: its claim, and where it thinks it belongs. */
interface ReportedAbility {
  name: string;
  how: string;
  is?: string | undefined;
  domain?: string | undefined;
  kind?: string | undefined;
}

/**
 * The abilities an artifact used, placed against the repertoire as imagine places needs (the model's
 * claims checked, its names matched kept as aliases). Those first met here are added as `lent`, each
 * under the domain and kind that fit it: the model's proposal, bounded to a clean label and the known
 * kinds, spelled as an existing domain when it is one; else the domain of the nearest ability; else the
 * goal's. They are offered to the person to confirm (they may well own them).
 */
export async function recordUsedAbilities(
  reported: readonly ReportedAbility[],
  goalDomain: string,
  listed: readonly Ability[],
  deps: ChecklistDeps,
): Promise<{ used: UsedAbility[]; lent: string[]; toConfirm: ToConfirm[] }> {
  const unique = [
    ...new Map(
      reported
        .map((r) => ({ ...r, name: cleanModelText(r.name, 120), how: cleanModelText(r.how, 300) }))
        .filter((r) => nameKey(r.name) !== '')
        .map((r) => [nameKey(r.name), r] as const),
    ).values(),
  ];
  if (unique.length === 0) return { used: [], lent: [], toConfirm: [] };
  const { index } = await repertoireIndex(deps);
  const vectors = await deps.embedder.embed(unique.map((r) => r.name));
  const log = emptyLog();
  const first = placeNeeds(unique, vectors, index, listed, log, deps.claimSimilarity).needs;
  const domains = deps.store.domains();
  const lentNow: string[] = [];
  for (const [i, need] of first.entries()) {
    if (need.status !== 'new') continue;
    const reportedAbility = unique[i]!;
    const domain = fittingDomain(reportedAbility.domain, domains, vectors[i], index, goalDomain);
    const kind = abilityKinds.find((k) => k === reportedAbility.kind?.trim().toLowerCase());
    const [outcome] = await addAbilities(
      {
        names: [reportedAbility.name],
        domain,
        status: 'lent',
        ...(kind ? { kind: kind as AbilityKind } : {}),
      },
      deps,
    );
    if (outcome) {
      index.add(outcome.ability, vectors[i]);
      if (outcome.outcome === 'added') lentNow.push(outcome.ability.name);
    }
  }
  deps.store.transaction(() => recordPlacements(deps.store, log, deps.clock.now()));
  const used = placeNeeds(unique, vectors, index, listed, emptyLog(), deps.claimSimilarity).needs.map(
    (need): UsedAbility => ({ ...need, status: need.status === 'own' ? 'own' : 'lent' }),
  );
  const notYet = new Set(deps.store.listNotYet().map((n) => n.key));
  const toConfirm = await withSuggestions(
    lentNow.filter((name) => !notYet.has(nameKey(name))).map((name) => ({ name, neededBy: 1, completes: 0 })),
    index,
    deps,
  );
  return { used, lent: lentNow, toConfirm };
}

function fittingDomain(
  proposed: string | undefined,
  domains: readonly string[],
  vector: Float32Array | undefined,
  index: Awaited<ReturnType<typeof repertoireIndex>>['index'],
  goalDomain: string,
): string {
  const text = proposed ? cleanModelText(proposed, maxDomainLength) : '';
  if (text !== '') {
    try {
      const clean = cleanLabel(text, 'domain', 40);
      return domains.find((d) => d.toLowerCase() === clean.toLowerCase()) ?? clean.toLowerCase();
    } catch {
      // A domain that is no label (only symbols, say) is ignored: the next rule decides.
    }
  }
  const [nearest] = vector ? index.index.closest(vector, 1) : [];
  if (nearest && nearest.similarity >= 0.75) return nearest.ability.domain;
  return goalDomain;
}
