import { fsrs, generatorParameters } from 'ts-fsrs';
import { fastForgetter, seededRandom } from '../../../adapters/fsrs/test-support/synthetic-log.js';
import { ratings } from '../../../domain/practice/rating.js';
import type { PracticeDeps } from '../practice-deps.js';
import { reviewCard } from '../review-card.js';

const hour = 3_600_000;

/**
 * A person who forgets fast (see fastForgetter) reviews each card `times` times through reviewCard,
 * each time when it falls due or up to 12 hours later; they recall it with the probability their
 * memory gives, and rate a recalled card good (or, one time in five, hard).
 */
export function practiseAsPerson(
  deps: PracticeDeps & { at: (time: Date) => void },
  cardIds: readonly string[],
  times: number,
  seed = 11,
): void {
  const person = fsrs(generatorParameters({ w: [...fastForgetter] }));
  const random = seededRandom(seed);
  const dayOf = (time: Date) => Math.floor(time.getTime() / 86_400_000);
  for (const cardId of cardIds) {
    let memory: { stability: number; difficulty: number } | null = null;
    let last: Date | undefined;
    for (let n = 0; n < times; n++) {
      const card = deps.practice.getCard(cardId)!;
      const at = new Date(card.memory.due.getTime() + random() * 12 * hour);
      const days = last ? dayOf(at) - dayOf(last) : 0;
      const recalled = memory === null || random() < person.forgetting_curve(days, memory.stability);
      const grade = recalled ? (random() < 0.8 ? 3 : 2) : 1;
      memory = person.next_state(memory, days, grade);
      deps.at(at);
      reviewCard({ cardId, rating: ratings[grade - 1]! }, deps);
      last = at;
    }
  }
}
