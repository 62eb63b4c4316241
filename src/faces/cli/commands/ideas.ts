import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { NotFoundError } from '../../../domain/errors/index.js';
import type { Goal } from '../../../domain/idea.js';
import type { MineIdea } from '../../../domain/mine.js';
import { ideasAsTheyStand } from '../../../usecases/recognition/needs-now.js';
import { goalJson, ideaJson, ideaWithGoalJson, mineIdeaJson } from '../../views/idea-json.js';
import type { CliContext } from '../cli-context.js';
import { formatGain, ideaLines, reachBar } from '../idea-view.js';
import { mineIdeaLines } from '../mine-view.js';
import { table } from '../output.js';
import { terminalSafeLine } from '../terminal-text.js';

/** `chops ideas`: every stored idea, the person's own among them (set "mine"), or one goal's. */
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
      const mine = options.goal ? app.mine.mineForGoal(options.goal) : app.mine.listMine().reverse();
      // One goal's: the person's own first, as imagine shows them; all: newest first, own ones with theirs.
      const listed = [
        ...mine.map((idea) => ({ at: idea.createdAt.getTime(), mine: idea })),
        ...ideas.map((idea) => ({ at: idea.createdAt.getTime(), idea })),
      ];
      if (!options.goal) listed.sort((a, b) => b.at - a.at);
      if (options.json)
        return cli.output.json(
          listed.map((entry) => ('mine' in entry ? mineIdeaJson(entry.mine) : ideaJson(entry.idea))),
        );
      if (listed.length === 0)
        return cli.output.line('No ideas yet. Imagine some: chops imagine "a goal of yours"');
      const { colors } = cli.output;
      cli.output.line(
        table(
          listed.map((entry) => {
            const shown =
              'mine' in entry
                ? { ...entry.mine, set: 'mine', title: entry.mine.text }
                : { ...entry.idea, title: entry.idea.title };
            return [
              { text: shown.id, color: colors.dim },
              shown.set,
              { text: shown.reach === undefined ? 'n/a' : reachBar(shown.reach), color: colors.yellow },
              shown.novelty === undefined ? 'n/a' : shown.novelty.toFixed(2),
              terminalSafeLine(shown.title),
            ];
          }),
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
      if (!stored) {
        const own = app.mine.getMine(app.resolveId('own idea', id));
        if (!own) throw new NotFoundError(`no idea "${id}" (see chops ideas)`);
        return showOwnIdea(cli, own, app.ideas.getGoal(own.goalId), options.json === true);
      }
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

/** One of the person's own ideas in full; its goal may be missing (the model failed after it was kept). */
function showOwnIdea(cli: CliContext, idea: MineIdea, goal: Goal | undefined, json: boolean): void {
  if (json) {
    cli.output.json({ ...mineIdeaJson(idea), goal: goal ? goalJson(goal) : null });
    return;
  }
  const { colors } = cli.output;
  for (const line of mineIdeaLines(idea, colors)) cli.output.line(line);
  const gain = goal ? ` · gain ${formatGain(goal.gain)}` : '';
  cli.output.line(
    colors.dim(`goal: ${terminalSafeLine(idea.goalText)} [${idea.goalId}]${gain} · your own idea`),
  );
  for (const need of idea.needs) {
    cli.output.line(`  - ${terminalSafeLine(need.name)} (${need.status}): ${terminalSafeLine(need.how)}`);
  }
}
