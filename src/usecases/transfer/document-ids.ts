/** What `duplicateIds` needs of a document: the ids of each kind of record, where they sit. */
interface Identified {
  id: string;
}
interface DocumentIds {
  abilities: readonly Identified[];
  goals: readonly (Identified & { ideas: readonly Identified[] })[];
  artifacts: readonly Identified[];
  tricks: readonly (Identified & { cards: readonly Identified[] })[];
  reviews: readonly Identified[];
  datScores: readonly Identified[];
}

interface DuplicateId {
  path: (string | number)[];
  message: string;
}

/**
 * Ids a file uses twice for one kind of record. An id names one record; two in one file would be
 * merged into one on import (what the hostile run saw of two abilities sharing an id), so the file is
 * refused, naming both places.
 */
export function duplicateIds(document: DocumentIds): DuplicateId[] {
  const found: DuplicateId[] = [];
  const check = (kind: string, entries: { id: string; path: (string | number)[] }[]) => {
    const seen = new Map<string, (string | number)[]>();
    for (const entry of entries) {
      const first = seen.get(entry.id);
      if (first) {
        found.push({
          path: [...entry.path, 'id'],
          message: `the ${kind} id "${entry.id}" is also the id of ${pathText(first)}; an id names one record`,
        });
      } else seen.set(entry.id, entry.path);
    }
  };
  const top = (key: keyof DocumentIds) =>
    document[key].map((entry, i) => ({ id: entry.id, path: [key, i] as (string | number)[] }));
  check('ability', top('abilities'));
  check('goal', top('goals'));
  check(
    'idea',
    document.goals.flatMap((goal, g) =>
      goal.ideas.map((idea, i) => ({ id: idea.id, path: ['goals', g, 'ideas', i] })),
    ),
  );
  check('artifact', top('artifacts'));
  check('trick', top('tricks'));
  check(
    'card',
    document.tricks.flatMap((trick, t) =>
      trick.cards.map((card, i) => ({ id: card.id, path: ['tricks', t, 'cards', i] })),
    ),
  );
  check('review', top('reviews'));
  check('DAT score', top('datScores'));
  return found;
}

function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}${text ? '.' : ''}${part}`),
    '',
  );
}
