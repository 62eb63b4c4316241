import { cleanLabel, maxAbilityNameLength } from '../../domain/ability.js';
import type { Card } from '../../domain/practice/index.js';
import { trickKey } from '../../domain/practice/trick.js';
import type { ChopsDocument } from './document-schema.js';
import type { ImportClaims } from './import-document.js';
import { checked, date, type ImportSummary, memoryOf, missing, sameTime } from './import-support.js';
import type { TransferDeps } from './transfer-deps.js';

/**
 * The file's tricks, cards and reviews merged in: a trick chops has (same id and origin, or same
 * ability and name) keeps its id and gains the file's new cards; a card chops has (same id, trick, kind
 * and time of making) takes the file's memory when that was reviewed later; reviews are added in the
 * file's order, each under its card's ability, marked imported (undo never restores their `before`).
 * Ids chops uses for other records get new ones (see IdClaims).
 */
export function mergePractice(
  document: ChopsDocument,
  deps: TransferDeps,
  summary: ImportSummary,
  claims: ImportClaims,
  ability: (fileId: string) => string | undefined,
): void {
  const cardAbility = new Map<string, string>();
  function tricks(): void {
    const { practice, artifacts } = deps;
    document.tricks.forEach((entry, i) => {
      const where = `tricks[${i}]`;
      const abilityId = ability(entry.abilityId);
      if (!abilityId) throw missing(where, `ability "${entry.abilityId}"`);
      const artifactId =
        entry.artifactId === null
          ? undefined
          : (claims.artifacts.get(entry.artifactId) ??
            (artifacts.getArtifact(entry.artifactId) ? entry.artifactId : undefined));
      if (entry.artifactId !== null && !artifactId) throw missing(where, `artifact "${entry.artifactId}"`);
      const name = checked(() => cleanLabel(entry.name, 'trick name', maxAbilityNameLength), where);
      const claimed = claims.tricks.claim(
        entry.id,
        practice.getTrick(entry.id),
        (here) => here.abilityId === abilityId && sameTime(here.createdAt, entry.createdAt),
      );
      const trick = claimed.here ?? practice.findTrick(abilityId, trickKey(name)) ?? undefined;
      const trickId = trick?.id ?? claimed.id;
      const trickAbility = trick?.abilityId ?? abilityId;
      if (!trick) {
        const { cards: _, artifactId: __, ...rest } = entry;
        practice.insertTricks(
          [
            {
              ...rest,
              id: trickId,
              name,
              abilityId,
              key: trickKey(name),
              ...(artifactId !== undefined ? { artifactId } : {}),
              createdAt: date(entry.createdAt),
            },
          ],
          [],
        );
        summary.added.tricks++;
      }
      for (const entryCard of entry.cards) {
        const { id, here } = claims.cards.claim(
          entryCard.id,
          practice.getCard(entryCard.id),
          (found) =>
            found.trickId === trickId &&
            found.kind === entryCard.kind &&
            sameTime(found.createdAt, entryCard.createdAt),
        );
        const card: Card = {
          id,
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
        addCard(card, here);
      }
    });
  }

  function addCard(card: Card, existing: Card | undefined): void {
    const { practice } = deps;
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
      const cardId =
        claims.cards.get(entry.cardId) ?? (practice.getCard(entry.cardId) ? entry.cardId : undefined);
      const abilityId = cardId && (cardAbility.get(cardId) ?? practice.getCard(cardId)?.abilityId);
      if (!cardId || !abilityId) throw missing(`reviews[${i}]`, `card "${entry.cardId}"`);
      const { id, here } = claims.reviews.claim(
        entry.id,
        practice.getReview(entry.id),
        (found) =>
          found.cardId === cardId &&
          found.rating === entry.rating &&
          sameTime(found.reviewedAt, entry.reviewedAt),
      );
      if (here) return;
      practice.insertReview({
        ...entry,
        id,
        cardId,
        abilityId,
        reviewedAt: date(entry.reviewedAt),
        log: { ...entry.log, due: date(entry.log.due), review: date(entry.log.review) },
        before: memoryOf(entry.before),
        promotedFrom: entry.promotedFrom ?? undefined,
        imported: true,
      });
      summary.added.reviews++;
    });
  }
  tricks();
  reviews();
}
