import { Command, type CommandUnknownOpts, InvalidArgumentError } from '@commander-js/extra-typings';
import { ChopsError, UserInputError } from '../../../domain/errors/index.js';
import { parseTempos } from '../../../domain/practice/drill.js';
import { createDrill, type DrillStatus, drillStatus } from '../../../usecases/practice/drill.js';
import { drillableJson, drillJson } from '../../views/drill-json.js';
import type { CliContext } from '../cli-context.js';
import type { Colors } from '../output.js';
import { padToWidth, terminalSafeLine } from '../terminal-text.js';

function tempoList(value: string): number[] {
  try {
    return parseTempos(value);
  } catch (error) {
    if (error instanceof ChopsError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

/** `chops drill [trick-id]`: an abc trick's phrase in many keys at a ladder of tempos, each cell its own card. */
export function drillCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('drill')
    .description('drill an abc trick in many keys at a ladder of tempos; without a trick, list abc tricks')
    .argument('[trick-id]', 'the abc trick (chops drill lists them)')
    .option('-k, --keys <keys>', 'keys to add: all (the twelve) or a list such as C,F,Bb')
    .option('-t, --tempos <bpm>', 'tempos to add: 60,80,100 or 60-120/20', tempoList)
    .option('--json', 'print the drill (or the list of abc tricks) as JSON')
    .action(async (trickId, options, command) => {
      const app = cli.open(command);
      const deps = app.deps.drill();
      const { colors } = cli.output;
      if (trickId === undefined) {
        if (options.keys || options.tempos)
          throw new UserInputError('name the trick to drill: chops drill <trick-id> --keys …');
        const tricks = app.practice.listTricks().filter((trick) => trick.format === 'abc');
        const rows = tricks.map((trick) =>
          drillableJson(trick, app.practice.listCards({ trickId: trick.id }), deps.masteryDays),
        );
        if (options.json) return cli.output.json(rows);
        if (rows.length === 0)
          return cli.output.line('No abc tricks yet: make a tune, then chops learn <artifact-id>.');
        for (const row of rows)
          cli.output.line(
            `${row.id}  ${terminalSafeLine(row.name)}${row.progress.cells ? colors.dim(`  (drill: ${row.progress.mastered}/${row.progress.cells} cells mastered)`) : ''}`,
          );
        return cli.output.line(colors.dim('Drill one: chops drill <trick-id> --keys all --tempos 60-120/20'));
      }
      const current = drillStatus(trickId, deps);
      let status: DrillStatus = current;
      let added: number | undefined;
      if (options.keys !== undefined || options.tempos !== undefined) {
        // What is not given is the drill's own: --tempos 140 adds a rung in every key it has.
        const keys = options.keys ?? [...new Set(current.cells.map((card) => card.drill!.key))].join(',');
        const tempos = options.tempos ?? [...new Set(current.cells.map((card) => card.drill!.tempo))];
        if (keys === '' || tempos.length === 0)
          throw new UserInputError('a new drill needs both --keys and --tempos');
        const grown = await createDrill({ trickId, keys, tempos }, deps);
        status = grown;
        added = grown.added.length;
      }
      if (options.json) return cli.output.json(drillJson(status, deps.masteryDays));
      if (added !== undefined)
        cli.output.line(
          `Added ${added} ${added === 1 ? 'cell' : 'cells'}; each is a card of its own in chops practice.`,
        );
      for (const line of gridLines(status, deps.masteryDays, colors)) cli.output.line(line);
    });
}

/** The drill as a grid: a row per key, a column per tempo; ✓ mastered, · not yet, s suspended. */
function gridLines(status: DrillStatus, masteryDays: number, colors: Colors): string[] {
  if (status.cells.length === 0)
    return [
      `"${terminalSafeLine(status.trick.name)}" has no drill yet: chops drill ${status.trick.id} --keys all --tempos 60-120/20`,
    ];
  const keys = [...new Set(status.cells.map((card) => card.drill!.key))];
  const tempos = [...new Set(status.cells.map((card) => card.drill!.tempo))].sort((a, b) => a - b);
  const cell = (key: string, tempo: number) => {
    const card = status.cells.find((c) => c.drill!.key === key && c.drill!.tempo === tempo);
    if (!card) return ' ';
    if (card.suspended) return 's';
    return card.memory.stability >= masteryDays ? colors.green('✓') : '·';
  };
  const { mastered, cells, needed, done } = status.progress;
  return [
    colors.bold(terminalSafeLine(status.trick.name)),
    `  ${padToWidth('key', 5)}${tempos.map((tempo) => padToWidth(`♩=${tempo}`, 7, 'right')).join('')}`,
    ...keys.map(
      (key) => `  ${padToWidth(key, 5)}${tempos.map((tempo) => `      ${cell(key, tempo)}`).join('')}`,
    ),
    done
      ? colors.green(`${mastered}/${cells} cells mastered: the drill is mastered.`)
      : `${mastered}/${cells} cells mastered; ${needed} make the drill mastered (stability ${masteryDays}+ days).`,
  ];
}
