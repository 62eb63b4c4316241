import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { type LearnResult, learn } from '../../../usecases/learn/learn.js';
import type { Learnable } from '../../../usecases/learn/learn-choice.js';
import { learnedJson } from '../../views/learn-json.js';
import type { CliContext } from '../cli-context.js';
import { Prompter } from '../prompter.js';
import { terminalSafe, terminalSafeLine } from '../terminal-text.js';

/** `chops learn <artifact-id>`: the tricks the model used that you lack, as practice cards. */
export function learnCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('learn')
    .description('extract the tricks an artifact used that you lack, with practice cards')
    .argument('<artifact-id>', 'the artifact (from chops artifacts)')
    .option('--only <ability...>', 'learn only these abilities (an ability declined before too)')
    .option('--skip <ability...>', 'do not learn these abilities; they are not offered again')
    .option('--json', 'print the tricks and cards as JSON')
    .action(async (artifactId, options, command) => {
      const app = cli.open(command);
      const { colors } = cli.output;
      return cli.interruptible(async ({ signal }) => {
        const thinker = () => {
          cli.output.note(colors.dim('… extracting tricks'));
          return app.thinker();
        };
        // At a terminal the person picks what to learn; scripts say it with --only and --skip.
        const choose =
          cli.interactive && !options.json && !options.only
            ? (offered: readonly Learnable[]) =>
                new Prompter(cli.io).chooseMany(
                  'The artifact used these abilities you lack. Learn which? (space toggles, Enter confirms)',
                  offered.map(({ ability, how }) => ({
                    value: ability.id,
                    label: terminalSafeLine(ability.name),
                    hint: terminalSafeLine(how),
                  })),
                )
            : undefined;
        const result = await learn(
          {
            artifactId: app.resolveId('artifact', artifactId),
            signal,
            only: options.only,
            skip: options.skip,
            choose,
          },
          app.deps.learn(thinker),
        );
        if (options.json) return cli.output.json(learnedJson(result, (id) => app.store.getAbility(id)));
        if (result.nothingToLearn === 'already learned')
          return cli.output.line('You have already learned from this artifact; nothing new was added.');
        if (result.nothingToLearn === 'all own')
          return cli.output.line('Nothing to learn: this artifact used only abilities you own.');
        if (result.declined.length)
          cli.output.line(
            colors.dim(
              `Not learning (not offered again; name one with --only to learn it): ${result.declined.map((a) => terminalSafeLine(a.name)).join(', ')}`,
            ),
          );
        if (result.nothingToLearn === 'none chosen')
          return cli.output.line('Nothing chosen to learn; no cards were made.');
        for (const { trick, cards } of result.saved) {
          const ability = app.store.getAbility(trick.abilityId)?.name ?? '';
          cli.output.line(
            `${colors.bold(terminalSafeLine(trick.name))} ${colors.dim(`(${terminalSafeLine(ability)}, ${cards.length} cards)`)}`,
          );
          cli.output.line(`  ${terminalSafeLine(trick.explanation)}`);
          cli.output.line(colors.dim(terminalSafe(trick.example).replace(/^/gm, '    ')));
        }
        if (result.repaired.length)
          cli.output.line(
            colors.dim(`Corrected on their own: ${result.repaired.map(terminalSafeLine).join(', ')}`),
          );
        for (const dropped of result.dropped)
          cli.output.line(
            colors.yellow(`Dropped "${terminalSafeLine(dropped.name)}": ${terminalSafeLine(dropped.reason)}`),
          );
        if (result.checks && (result.checks.verified > 0 || result.checks.dropped.length > 0))
          cli.output.line(colors.dim(checksLine(result.checks)));
        if (result.skipped.length)
          cli.output.line(
            colors.dim(
              `Already known, skipped: ${result.skipped.map((s) => terminalSafeLine(s.trick.name)).join(', ')}`,
            ),
          );
        if (result.nowLearning.length)
          cli.output.line(
            colors.cyan(
              `Now learning: ${result.nowLearning.map((a) => terminalSafeLine(a.name)).join(', ')}`,
            ),
          );
        const cards = result.saved.reduce((sum, s) => sum + s.cards.length, 0);
        cli.output.line(colors.dim(`${cards} new cards. Practise them: chops practice`));
      });
    });
}

function checksLine(checks: NonNullable<LearnResult['checks']>): string {
  const repaired = checks.repaired ? ` (${checks.repaired} after a repair)` : '';
  const dropped = checks.dropped.length
    ? `; ${checks.dropped.length} dropped: their own answer failed their check`
    : '';
  return `Checked cards: ${checks.verified} whose answer passes its own check${repaired}${dropped}.`;
}
