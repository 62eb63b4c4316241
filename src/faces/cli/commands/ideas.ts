import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { NotFoundError } from '../../../domain/errors/index.js';
import { ideasAsTheyStand } from '../../../usecases/recognition/needs-now.js';
import { ideaJson, ideaWithGoalJson } from '../../views/idea-json.js';
import type { CliContext } from '../cli-context.js';
import { formatGain, ideaLines, reachBar } from '../idea-view.js';
import { table } from '../output.js';
import { terminalSafeLine } from '../terminal-text.js';

/** `chops ideas`: every stored idea, or one goal's. */
export function ideasCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('ideas')
    .description('list stored ideas, newest first')
    .option('-g, --goal <id>', 'only the ideas of this goal')
    .option('--json', 'print as JSON')
    .action((options, command) => {
      const app = cli.open(command);
      if (options.goal && !app.ideas.getGoal(options.goal))
        throw new NotFoundError(`no goal "${options.goal}"`);
      // Needs as they stand now, not as they were when the idea was made.
      const ideas = ideasAsTheyStand(app.ideas.listIdeas({ goalId: options.goal }), app.store);
      if (options.json) return cli.output.json(ideas.map(ideaJson));
      if (ideas.length === 0)
        return cli.output.line('No ideas yet. Imagine some: chops imagine "a goal of yours"');
      const { colors } = cli.output;
      cli.output.line(
        table(
          ideas.map((idea) => [
            { text: idea.id, color: colors.dim },
            idea.set,
            { text: reachBar(idea.reach), color: colors.yellow },
            idea.novelty.toFixed(2),
            idea.title,
          ]),
          { header: ['id', 'set', 'reach', 'novelty', 'title'].map((h) => colors.bold(h)) },
        ),
      );
    });
}

/** `chops idea <id>`: one idea in full, with its goal. */
export function ideaCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('idea')
    .description('show one idea in full')
    .argument('<id>', 'the idea id (from chops ideas)')
    .option('--json', 'print as JSON')
    .action((id, options, command) => {
      const app = cli.open(command);
      const stored = app.ideas.getIdea(app.resolveId('idea', id));
      if (!stored) throw new NotFoundError(`no idea "${id}" (see chops ideas)`);
      const [idea] = ideasAsTheyStand([stored], app.store) as [typeof stored];
      const goal = app.ideas.getGoal(idea.goalId)!;
      if (options.json) return cli.output.json(ideaWithGoalJson(idea, goal));
      const { colors } = cli.output;
      for (const line of ideaLines(idea, colors)) cli.output.line(line);
      cli.output.line(
        colors.dim(`goal: ${terminalSafeLine(goal.text)} [${goal.id}] · gain ${formatGain(goal.gain)}`),
      );
      for (const need of idea.needs) {
        cli.output.line(`  - ${terminalSafeLine(need.name)} (${need.status}): ${terminalSafeLine(need.how)}`);
      }
    });
}
