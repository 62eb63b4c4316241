import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import type { ModelStatus } from '../../../adapters/models/index.js';
import { AUT_DEFAULT_MINUTES } from '../../../domain/aut.js';
import { ChopsError } from '../../../domain/errors/index.js';
import { nextAutObject } from '../../../usecases/aut/take-aut.js';
import { imagine } from '../../../usecases/imagine/imagine.js';
import { learn } from '../../../usecases/learn/learn.js';
import { make } from '../../../usecases/make/make.js';
import { addAbilities } from '../../../usecases/repertoire/add-abilities.js';
import type { ChopsApp } from '../../chops-app.js';
import { describeOutcome } from '../ability-view.js';
import { attemptLine } from '../artifact-view.js';
import { askChecklist } from '../checklist-prompt.js';
import type { CliContext } from '../cli-context.js';
import { practiseInTerminal } from '../practice-terminal.js';
import { PromptCancelled, Prompter } from '../prompter.js';
import { terminalSafeLine } from '../terminal-text.js';
import { takeInteractively as takeAutInteractively } from './aut.js';
import { takeInteractively } from './dat.js';
import { askMine, printImagined } from './imagine.js';
import { initConversation } from './init.js';
import { printRepertoire } from './repertoire.js';

/** One step of the guided session: what it is called, and what it does. */
interface SessionStep {
  label: string;
  hint?: (model: ModelStatus) => string | undefined;
  run(cli: CliContext, app: ChopsApp, prompter: Prompter): Promise<void>;
}

/** The loop's steps, in its order. Later parts of chops add theirs here. */
const steps: Record<string, SessionStep> = {
  add: {
    label: 'Add abilities you have',
    async run(_cli, app, prompter) {
      const names = await prompter.list('Abilities you have, comma-separated', { required: true });
      const domain = await prompter.text('In which domain?', {
        initial: app.defaultDomain(undefined),
        required: true,
      });
      const outcomes = await addAbilities({ names, domain }, await app.deps.repertoire());
      for (const outcome of outcomes) prompter.info(terminalSafeLine(describeOutcome(outcome)));
    },
  },
  repertoire: {
    label: 'See your repertoire',
    async run(cli, app) {
      printRepertoire(cli, app.store.listAbilities());
    },
  },
  imagine: {
    label: 'Imagine ideas for a goal',
    hint: (model) => (model.configured ? undefined : 'needs a model'),
    async run(cli, app, prompter) {
      const status = await app.modelStatus();
      if (!status.configured) return prompter.note(status.advice, 'First, a model');
      const goal = await prompter.text('Your goal, in a sentence', {
        placeholder: 'e.g. a ballad for my quartet; a cheaper assay for enzyme activity',
        required: true,
      });
      const domain = app.defaultDomain(undefined);
      const mine = await askMine(prompter);
      const deps = await app.deps.imagine();
      const result = await imagine(
        { goal, domain, mine, onProgress: (message) => prompter.info(`… ${message}`) },
        deps,
      );
      printImagined(cli, result);
      const answered = await askChecklist(cli, result.toConfirm, domain, deps, prompter);
      const now = answered?.remapped.find((r) => r.goal.id === result.goal.id) ?? result;
      const chosen = await prompter.choose('Make one of these ideas now?', [
        ...[...now.reach, ...now.solo].map((idea) => ({
          value: idea.id,
          label: terminalSafeLine(idea.title),
          hint: idea.set,
        })),
        { value: '', label: 'Not now' },
      ]);
      if (chosen) await makeIdea(cli, app, prompter, chosen);
    },
  },
  make: {
    label: 'Make an idea into an artifact',
    async run(cli, app, prompter) {
      const ideas = app.ideas.listIdeas().slice(0, 12);
      if (ideas.length === 0) return prompter.info('No ideas yet: imagine some first.');
      const chosen = await prompter.choose(
        'Which idea?',
        ideas.map((idea) => ({ value: idea.id, label: terminalSafeLine(idea.title), hint: idea.set })),
      );
      await makeIdea(cli, app, prompter, chosen);
    },
  },
  learn: {
    label: 'Learn the tricks of an artifact',
    async run(_cli, app, prompter) {
      const fresh = app.artifacts
        .listArtifacts()
        .filter((a) => app.practice.listTricks({ artifactId: a.id }).length === 0);
      if (fresh.length === 0) return prompter.info('Nothing new to learn from: make an artifact first.');
      const chosen = await prompter.choose(
        'Learn from which artifact?',
        fresh.slice(0, 12).map((a) => ({ value: a.id, label: terminalSafeLine(a.title), hint: a.format })),
      );
      const result = await learn(
        {
          artifactId: chosen,
          choose: (offered) =>
            prompter.chooseMany(
              'It used these abilities you lack. Learn which?',
              offered.map(({ ability, how }) => ({
                value: ability.id,
                label: terminalSafeLine(ability.name),
                hint: terminalSafeLine(how),
              })),
            ),
        },
        app.deps.learn(),
      );
      for (const { trick, cards } of result.saved)
        prompter.info(terminalSafeLine(`${trick.name} (${cards.length} cards)`));
      if (result.saved.length === 0)
        prompter.info('No new tricks: it used only what you own or already know.');
    },
  },
  practice: {
    label: 'Practise due cards',
    async run(cli, app) {
      await practiseInTerminal(cli, app, { grade: 'self' });
    },
  },
  dat: {
    label: 'Take the Divergent Association Task',
    hint: () => 'no model, 2 minutes',
    async run(cli, app) {
      await takeInteractively(cli, await app.deps.dat());
    },
  },
  aut: {
    label: 'Take the Alternative Uses Task',
    hint: () => `no model, ${AUT_DEFAULT_MINUTES} minutes`,
    async run(cli, app) {
      const deps = await app.deps.aut();
      await takeAutInteractively(cli, deps, nextAutObject(deps), AUT_DEFAULT_MINUTES);
    },
  },
  model: {
    label: 'Model',
    hint: (model) => (model.configured ? model.name : 'none yet'),
    async run(_cli, app, prompter) {
      prompter.note(await modelAdvice(app), 'Model');
    },
  },
};

async function makeIdea(cli: CliContext, app: ChopsApp, prompter: Prompter, ideaId: string): Promise<void> {
  const deps = await app.deps.make();
  const result = await make(
    {
      ideaId,
      onProgress: (message) => prompter.info(`… ${message}`),
      onAttempt: (attempt) => prompter.info(attemptLine(attempt, cli.output.colors)),
    },
    deps,
  );
  const { artifact } = result;
  const verdict = artifact.passed ? 'passes its check' : 'still fails its check';
  prompter.note(
    [
      `${terminalSafeLine(artifact.title)} (${artifact.format}) ${verdict}.`,
      result.lent.length ? `Lent to you by the model: ${result.lent.map(terminalSafeLine).join(', ')}` : '',
      `See it: chops artifact ${artifact.id}`,
    ]
      .filter(Boolean)
      .join('\n'),
    'Made',
  );
  const goal = app.ideas.getGoal(app.ideas.getIdea(ideaId)?.goalId ?? '');
  await askChecklist(cli, result.toConfirm, goal?.domain ?? app.defaultDomain(undefined), deps, prompter);
}

/**
 * `chops` with no command: a guided session through the loop, so that nobody needs the command
 * reference to begin. Without a terminal it prints where the person stands and what to run next.
 */
export async function guidedSession(cli: CliContext, command: CommandUnknownOpts): Promise<void> {
  const app = cli.open(command);
  if (!cli.interactive) return printOverview(cli, app);
  const prompter = new Prompter(cli.io);
  prompter.intro('chops');
  try {
    const person = app.store.getPerson() ?? (await initConversation(app, prompter));
    prompter.info(terminalSafeLine(`${person.name ? `${person.name}: ` : ''}${summary(app)}`));
    for (;;) {
      const model = await app.modelStatus();
      const choice = await prompter.choose('What next?', [
        ...Object.entries(steps).map(([value, step]) => ({
          value,
          label: step.label,
          ...(step.hint && { hint: step.hint(model) }),
        })),
        { value: 'quit', label: 'Quit' },
      ]);
      if (choice === 'quit') break;
      try {
        await steps[choice]!.run(cli, app, prompter);
      } catch (error) {
        // A failed step (a model that timed out, a bad name) ends that step, not the session.
        if (!(error instanceof ChopsError) || error instanceof PromptCancelled) throw error;
        prompter.error(terminalSafeLine(error.message));
      }
    }
    prompter.outro('See you soon. Everything is saved.');
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
async function modelAdvice(app: ChopsApp): Promise<string> {
  const status = await app.modelStatus();
  if (!status.configured) return status.advice;
  return `Using ${status.name} (from ${status.source}). Change it with: chops config set model <provider:model>`;
}

async function printOverview(cli: CliContext, app: ChopsApp): Promise<void> {
  const person = app.store.getPerson();
  if (!person) {
    cli.output.line('chops is not set up yet. Run it in a terminal for a guided start, or:');
    cli.output.line('  chops init --name "Your Name" --domain "your field" --ability "something you can do"');
    cli.output.line(await modelAdvice(app));
    return;
  }
  cli.output.line(terminalSafeLine(`${person.name || 'You'}: ${summary(app)}`));
  cli.output.line(await modelAdvice(app));
  cli.output.line('Next: chops can "an ability"  ·  chops imagine "a goal"  ·  chops --help');
}
