import { cleanLabel, maxAbilityNameLength } from '../../domain/ability.js';
import type { Card } from '../../domain/practice/index.js';
import { trickKey } from '../../domain/practice/trick.js';
import type { ChopsDocument } from './document-schema.js';
import { checked, date, type ImportSummary, memoryOf, missing } from './import-support.js';
import type { TransferDeps } from './transfer-deps.js';

/**
 * The file's tricks, cards and reviews merged in: a trick chops has (same id, or same ability and
 * name) keeps its id and gains the file's new cards; a card chops has takes the file's memory when
 * that was reviewed later; reviews are added in the file's order, each under its card's ability.
 */
export function mergePractice(
  document: ChopsDocument,
  deps: TransferDeps,
  summary: ImportSummary,
  ability: (fileId: string) => string | undefined,
): void {
  const cardAbility = new Map<string, string>();
  function tricks(): void {
    const { practice, artifacts } = deps;
    document.tricks.forEach((entry, i) => {
      const where = `tricks[${i}]`;
      const abilityId = ability(entry.abilityId);
      if (!abilityId) throw missing(where, `ability "${entry.abilityId}"`);
      if (entry.artifactId !== null && !artifacts.getArtifact(entry.artifactId))
        throw missing(where, `artifact "${entry.artifactId}"`);
      const name = checked(() => cleanLabel(entry.name, 'trick name', maxAbilityNameLength), where);
      const trick = practice.getTrick(entry.id) ?? practice.findTrick(abilityId, trickKey(name)) ?? undefined;
      const trickId = trick?.id ?? entry.id;
      const trickAbility = trick?.abilityId ?? abilityId;
      if (!trick) {
        const { cards: _, artifactId, ...rest } = entry;
        practice.insertTricks(
          [
            {
              ...rest,
              name,
              abilityId,
              key: trickKey(name),
              ...(artifactId !== null ? { artifactId } : {}),
              createdAt: date(entry.createdAt),
            },
          ],
          [],
        );
        summary.added.tricks++;
      }
      for (const entryCard of entry.cards) {
        const card: Card = {
          id: entryCard.id,
          trickId,
          abilityId: trickAbility,
          kind: entryCard.kind,
          prompt: entryCard.prompt,
          answer: entryCard.answer,
          ...(entryCard.check !== null ? { check: entryCard.check } : {}),
          ...(entryCard.formatCheck ? { formatCheck: entryCard.formatCheck } : {}),
          ...(entryCard.drill ? { drill: entryCard.drill } : {}),
          memory: memoryOf(entryCard.memory),
          suspended: entryCard.suspended,
          createdAt: date(entryCard.createdAt),
        };
        addCard(card);
      }
    });
  }

  function addCard(card: Card): void {
    const { practice } = deps;
    const existing = practice.getCard(card.id);
    if (!existing) {
      practice.insertTricks([], [card]);
      cardAbility.set(card.id, card.abilityId);
      summary.added.cards++;
      return;
    }
    cardAbility.set(card.id, existing.abilityId);
    const theirs = card.memory.lastReview?.getTime() ?? -1;
    if (theirs > (existing.memory.lastReview?.getTime() ?? -1)) {
      practice.updateCard({ ...existing, memory: card.memory, suspended: card.suspended });
      summary.updated.cards++;
    }
  }

  function reviews(): void {
    const { practice } = deps;
    document.reviews.forEach((entry, i) => {
      if (practice.getReview(entry.id)) return;
      const abilityId = cardAbility.get(entry.cardId) ?? practice.getCard(entry.cardId)?.abilityId;
      if (!abilityId) throw missing(`reviews[${i}]`, `card "${entry.cardId}"`);
      practice.insertReview({
        ...entry,
        abilityId,
        reviewedAt: date(entry.reviewedAt),
        log: { ...entry.log, due: date(entry.log.due), review: date(entry.log.review) },
        before: memoryOf(entry.before),
        promotedFrom: entry.promotedFrom ?? undefined,
      });
      summary.added.reviews++;
    });
  }
  tricks();
  reviews();
}
