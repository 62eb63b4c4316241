import type { Command } from 'commander';
import { addAbilities } from '../../../usecases/repertoire/add-abilities.js';
import type { ChopsApp } from '../../chops-app.js';
import { describeOutcome } from '../ability-view.js';
import type { CliContext } from '../cli-context.js';
import { PromptCancelled, Prompter } from '../prompter.js';
import { terminalSafeLine } from '../terminal-text.js';
import { initConversation } from './init.js';
import { printRepertoire } from './repertoire.js';

type Step = 'add' | 'repertoire' | 'model' | 'quit';

/**
 * `chops` with no command: a guided session through the loop, so that nobody needs the command
 * reference to begin. Without a terminal it prints where the person stands and what to run next.
 */
export async function guidedSession(cli: CliContext, command: Command): Promise<void> {
  const app = cli.open(command);
  if (!cli.interactive) return printOverview(cli, app);
  const prompter = new Prompter(cli.io);
  prompter.intro('chops');
  try {
    const person = app.store.getPerson() ?? (await initConversation(app, prompter));
    prompter.info(terminalSafeLine(`${person.name ? `${person.name}: ` : ''}${summary(app)}`));
    for (;;) {
      const step = await prompter.choose<Step>('What next?', [
        { value: 'add', label: 'Add abilities you have' },
        { value: 'repertoire', label: 'See your repertoire' },
        { value: 'model', label: 'Model', hint: modelHint(app) },
        { value: 'quit', label: 'Quit' },
      ]);
      if (step === 'quit') break;
      if (step === 'repertoire') printRepertoire(cli, app.store.listAbilities());
      if (step === 'model') prompter.note(modelAdvice(app), 'Model');
      if (step === 'add') {
        const names = await prompter.list('Abilities you have, comma-separated', { required: true });
        const domain = await prompter.text('In which domain?', {
          initial: app.defaultDomain(undefined),
          required: true,
        });
        const outcomes = await addAbilities({ names, domain }, await app.repertoire());
        for (const outcome of outcomes) prompter.info(terminalSafeLine(describeOutcome(outcome)));
      }
    }
    prompter.outro('See you soon. Your repertoire is saved.');
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    prompter.outro('Stopped. Everything you finished is saved.');
  }
}

function summary(app: ChopsApp): string {
  const abilities = app.store.listAbilities();
  const own = abilities.filter((a) => a.status === 'own').length;
  return `${abilities.length} ${abilities.length === 1 ? 'ability' : 'abilities'} in your repertoire, ${own} your own.`;
}

/** How the model is chosen now, or how to get one. */
export function modelAdvice(app: ChopsApp): string {
  const status = app.modelStatus();
  if (!status.configured) return status.advice;
  return `Using ${status.name} (from ${status.source}). Change it with: chops config set model <provider:model>`;
}

function printOverview(cli: CliContext, app: ChopsApp): void {
  const person = app.store.getPerson();
  if (!person) {
    cli.output.line('chops is not set up yet. Run it in a terminal for a guided start, or:');
    cli.output.line('  chops init --name "Your Name" --domain "your field" --ability "something you can do"');
    cli.output.line(modelAdvice(app));
    return;
  }
  cli.output.line(terminalSafeLine(`${person.name || 'You'}: ${summary(app)}`));
  cli.output.line(modelAdvice(app));
  cli.output.line('Next: chops can "an ability"   ·   chops repertoire   ·   chops --help');
}

function modelHint(app: ChopsApp): string {
  const status = app.modelStatus();
  return status.configured ? status.name : 'none yet';
}
