import { cleanLabel, maxDomainLength } from '../../domain/ability.js';
import { UserInputError } from '../../domain/errors/index.js';
import type { Person } from '../../domain/person.js';
import { type AddOutcome, addAbilities } from './add-abilities.js';
import type { RepertoireDeps } from './repertoire-deps.js';

interface IntroductionInput {
  name: string;
  about: string;
  domains: readonly string[];
  /** A first handful of own abilities, added to the first domain. */
  abilities: readonly string[];
}

/** The first-run step: who the person is, their domains, and a first handful of abilities. */
export async function introducePerson(
  input: IntroductionInput,
  deps: RepertoireDeps,
): Promise<{ person: Person; added: AddOutcome[] }> {
  const domains = [...new Set(input.domains.map((d) => cleanLabel(d, 'domain', maxDomainLength)))];
  if (domains.length === 0)
    throw new UserInputError('name at least one domain (for example "jazz saxophone")');
  const name = input.name.trim() === '' ? '' : cleanLabel(input.name, 'name', 80);
  const about = input.about.trim() === '' ? '' : cleanLabel(input.about, 'about', 500);
  const person: Person = {
    name,
    about,
    domains,
    createdAt: deps.store.getPerson()?.createdAt ?? deps.clock.now(),
  };
  const added =
    input.abilities.length > 0
      ? await addAbilities({ names: input.abilities, domain: domains[0]! }, deps)
      : [];
  deps.store.savePerson(person);
  return { person, added };
}
