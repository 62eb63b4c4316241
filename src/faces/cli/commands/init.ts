import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { ModelError, UserInputError } from '../../../domain/errors/index.js';
import type { Person } from '../../../domain/person.js';
import { proposeAbilities } from '../../../usecases/recognition/propose-abilities.js';
import { introducePerson } from '../../../usecases/repertoire/introduce-person.js';
import type { ChopsApp } from '../../chops-app.js';
import { introducedJson } from '../../views/person-json.js';
import { describeOutcome } from '../ability-view.js';
import type { CliContext } from '../cli-context.js';
import { Prompter } from '../prompter.js';
import { terminalSafeLine } from '../terminal-text.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `chops init`: a first-run conversation, or the same from flags for scripts. */
export function initCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('init')
    .description('introduce yourself: your name, your domains, a first handful of abilities')
    .option('--name <name>', 'what to call you')
    .option('--about <text>', 'a line about you and your work')
    .option('-d, --domain <domain>', 'one of your domains (repeat for several)', collect)
    .option(
      '-a, --ability <ability>',
      'an ability you have, in your first domain (repeat for several)',
      collect,
    )
    .option('--json', 'print the result as JSON (no questions asked)')
    .action(async (options, command) => {
      const app = cli.open(command);
      const fromFlags = options.name ?? options.about ?? options.domain ?? options.ability ?? options.json;
      if (fromFlags !== undefined || !cli.interactive) {
        if (!options.domain?.length) {
          throw new UserInputError(
            'chops init without questions needs at least one --domain (for example --domain "jazz piano")',
          );
        }
        // Flags change what they name: on an existing profile the rest stays, domains are added to.
        const known = app.store.getPerson();
        if (known?.name && options.name?.trim() === '')
          throw new UserInputError(`--name is empty; leave it out to keep "${known.name}"`);
        const result = await introducePerson(
          {
            name: options.name ?? known?.name ?? '',
            about: options.about ?? known?.about ?? '',
            domains: [...(known?.domains ?? []), ...options.domain],
            abilities: options.ability ?? [],
          },
          await app.deps.repertoire(),
        );
        if (options.json) return cli.output.json(introducedJson(result));
        cli.output.line(
          terminalSafeLine(
            `Welcome${result.person.name ? `, ${result.person.name}` : ''}. Domains: ${result.person.domains.join(', ')}.`,
          ),
        );
        for (const outcome of result.added)
          cli.output.line(`  ${terminalSafeLine(describeOutcome(outcome))}`);
        return;
      }
      await initConversation(app, new Prompter(cli.io));
    });
}

/** The questions of a first run; also the first step of the guided session. */
export async function initConversation(app: ChopsApp, prompter: Prompter): Promise<Person> {
  const known = app.store.getPerson();
  prompter.note(
    'chops keeps your repertoire (what you can do), imagines ideas that reach past it with a model\n' +
      'doing what you cannot yet, makes them real, and helps you practise until the new abilities are yours.',
    'Welcome to chops',
  );
  const name = await prompter.text('What should chops call you?', {
    placeholder: 'your name',
    ...(known?.name ? { initial: known.name } : {}),
  });
  const about = await prompter.text('In a line, what do you do?', {
    placeholder: 'e.g. I play tenor sax in a jazz quartet; I study enzyme kinetics',
    ...(known?.about ? { initial: known.about } : {}),
  });
  const domains = await prompter.list('Your domains, comma-separated', {
    placeholder: 'e.g. jazz saxophone, music theory',
    required: true,
  });
  const ticked = await tickProposals(app, prompter, about, domains);
  const typed = await prompter.list(
    ticked.length
      ? 'Anything else you can do, comma-separated (Enter for nothing)'
      : `A first handful of things you can do in ${domains[0]}, comma-separated`,
    { placeholder: 'e.g. blues scale, ii-V-I voicings, transcribing solos' },
  );
  const abilities = [...ticked, ...typed];
  const result = await introducePerson({ name, about, domains, abilities }, await app.deps.repertoire());
  for (const outcome of result.added) prompter.info(terminalSafeLine(describeOutcome(outcome)));
  return result.person;
}

/**
 * A first repertoire by recognition: with a model, the abilities typical for the person, grouped, to
 * tick. Without one (or when it fails) the person types, as before.
 */
async function tickProposals(
  app: ChopsApp,
  prompter: Prompter,
  about: string,
  domains: string[],
): Promise<string[]> {
  if (!(await app.modelStatus()).configured) return [];
  prompter.info('… proposing abilities typical for you');
  try {
    const groups = await proposeAbilities({ about, domains }, await app.deps.thinking());
    if (groups.length === 0) return [];
    return await prompter.tick(
      'Which of these can you already do? (space ticks, Enter confirms)',
      groups.map((g) => ({ name: terminalSafeLine(g.name), items: g.abilities.map(terminalSafeLine) })),
    );
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    prompter.info(
      terminalSafeLine(`chops could not propose abilities (${error.message}); type them instead.`),
    );
    return [];
  }
}
