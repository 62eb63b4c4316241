import type { Person } from '../../domain/person.js';
import type { AddOutcome } from '../../usecases/repertoire/add-abilities.js';
import { outcomeJson } from './ability-json.js';

function personJson(person: Person) {
  return {
    name: person.name,
    about: person.about,
    domains: person.domains,
    createdAt: person.createdAt.toISOString(),
  };
}

/** What `chops init --json` prints: the person, and each ability given, added or merged. */
export function introducedJson(result: { person: Person; added: readonly AddOutcome[] }) {
  return { person: personJson(result.person), abilities: result.added.map(outcomeJson) };
}
