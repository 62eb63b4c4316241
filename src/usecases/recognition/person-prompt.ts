import { quoteInline } from '../../domain/model-text.js';
import type { Person } from '../../domain/person.js';

/**
 * Who the model is talking to, for every prompt that is about the person (imagine, make, learn,
 * grading): their line about themselves and their domains, as data. Empty before `chops init`.
 */
export function aboutPerson(person: Person | undefined): string {
  if (!person) return '';
  const parts = [
    person.about ? `About them, in their words: ${quoteInline(person.about)}` : '',
    person.domains.length ? `Their domains: ${person.domains.map(quoteInline).join(', ')}.` : '',
  ].filter(Boolean);
  return parts.length ? `<person>\n${parts.join('\n')}\n</person>` : '';
}
