import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { bar, lastValues, sparkline } from '../../../domain/ledger/charts.js';
import type { Ledger } from '../../../domain/ledger/ledger.js';
import { measure } from '../../../usecases/measure/measure.js';
import { parseSince } from '../../../usecases/measure/parse-since.js';
import type { CliContext } from '../cli-context.js';
import { type Colors, table } from '../output.js';
import { ownIdeasLines } from '../own-ideas-lines.js';
import { padToWidth, terminalSafeLine } from '../terminal-text.js';
import { writeOutputFile } from './write-output-file.js';

/** How many weeks a terminal line shows; `--json` and `--svg` have them all. */
const weeksShown = 52;
const goalsShown = 8;

/** `chops stats`: the ledger of the loop, at a glance, in JSON, or as an SVG image. */
export function statsCommand(cli: CliContext): CommandUnknownOpts {
  return new Command('stats')
    .description('the ledger: repertoire over time, imagination, practice and DAT scores')
    .option('--since <date>', 'only what happened since this date (YYYY-MM-DD)')
    .option('--json', 'print everything as JSON')
    .option('--svg <file>', 'also write the charts as an SVG image (- for stdout)')
    .action(async (options, command) => {
      const since = options.since === undefined ? undefined : parseSince(options.since);
      const app = cli.open(command);
      const ledger = measure({ since }, app.deps.measure());
      if (options.svg !== undefined) {
        // Loaded only when asked for: the terminal view should not pay for vega.
        const { ledgerSvg } = await import('../ledger-svg.js');
        const path = await writeOutputFile(options.svg, await ledgerSvg(ledger), {
          home: app.home,
          stdout: cli.io.stdout,
        });
        // `--svg -` makes standard output the image: nothing else may go there.
        if (path === '-') return;
        cli.output.note(`Charts written to ${terminalSafeLine(path)}`);
      }
      if (options.json) return cli.output.json(ledger);
      for (const line of ledgerLines(ledger, cli.output.colors)) cli.output.line(line);
    });
}

const count = (value: number) => value.toLocaleString('en');
const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/** The ledger as text: a sparkline per trend with its latest figure, then the details. */
function ledgerLines(ledger: Ledger, colors: Colors): string[] {
  const { repertoire, imagination, practice, dat } = ledger;
  const weeks = lastValues(repertoire.weeks, weeksShown);
  if (weeks.length === 0 && dat.count === 0 && ledger.ownIdeas.ideas === 0 && ledger.aut.count === 0) {
    return [
      ledger.since ? `Nothing recorded since ${ledger.since}.` : 'Nothing to measure yet.',
      'Add what you can (chops can "…"), imagine (chops imagine "…"), practise (chops practice) or take the DAT (chops dat).',
    ];
  }
  const span = weeks.length
    ? `${weeks[0]!.week} → ${weeks.at(-1)!.week}${repertoire.weeks.length > weeksShown ? ` (last ${weeksShown} weeks; --json has all)` : ''}`
    : '';
  const spark = (values: (number | null)[], color: (text: string) => string, scale = { min: 0 }) =>
    color(sparkline(lastValues(values, weeksShown), scale));
  const heading = (text: string) => colors.bold(text);
  const lines: string[] = [heading(`Repertoire by week ${span}`)];
  const rows: [string, number, (text: string) => string, 'own' | 'lent' | 'learning'][] = [
    ['own', repertoire.now.own, colors.green, 'own'],
    ['lent', repertoire.now.lent, colors.yellow, 'lent'],
    ['learning', repertoire.now.learning, colors.cyan, 'learning'],
  ];
  for (const [name, now, color, key] of rows) {
    lines.push(
      `  ${padToWidth(name, 9)} ${spark(
        repertoire.weeks.map((w) => w[key]),
        color,
      )}  ${count(now)}`,
    );
  }
  if (repertoire.recentlyOwn.length > 0) {
    const names = repertoire.recentlyOwn.slice(0, 5).map((a) => `${a.name} (${a.at.slice(0, 10)})`);
    lines.push(`  recently own: ${terminalSafeLine(names.join(', '))}`);
  }

  lines.push('', heading('Imagination'));
  lines.push(
    `  ${count(imagination.goals)} goals · ${count(imagination.ideas)} ideas · ${count(imagination.made.ideas)} made, ${count(imagination.made.neededLent)} of them needed a lent ability ${colors.yellow(bar(imagination.made.neededLent, imagination.made.ideas))} ${percent(imagination.made.share)}`,
  );
  const trend = (
    name: string,
    values: (number | null)[],
    mean: number | null,
    color: (t: string) => string,
  ) => `  ${padToWidth(name, 9)} ${spark(values, color)}  mean ${fixed(mean)}`;
  lines.push(
    trend(
      'gain',
      imagination.weeks.map((w) => w.meanGain),
      imagination.meanGain,
      colors.cyan,
    ),
  );
  lines.push(
    trend(
      'reach',
      imagination.weeks.map((w) => w.meanReach),
      imagination.meanReach,
      colors.yellow,
    ),
  );
  lines.push(
    trend(
      'novelty',
      imagination.weeks.map((w) => w.meanNovelty),
      imagination.meanNovelty,
      colors.magenta,
    ),
  );
  if (imagination.perGoal.length > 0) {
    const goals = imagination.perGoal
      .slice(0, goalsShown)
      .map((goal) => [
        goal.createdAt.slice(0, 10),
        fixed(goal.gain),
        fixed(goal.meanReach),
        fixed(goal.meanNovelty),
        String(goal.ideas),
        goal.text,
      ]);
    const header = ['  created', 'gain', 'reach', 'novelty', 'ideas', 'goal'].map((h) => colors.dim(h));
    lines.push(
      table(
        goals.map((row) => [`  ${row[0]}`, ...row.slice(1)]),
        { header },
      ),
    );
    if (imagination.perGoal.length > goalsShown)
      lines.push(colors.dim(`  … ${imagination.perGoal.length - goalsShown} more goals in --json`));
  }

  lines.push('', heading('Practice'));
  lines.push(
    `  reviews   ${spark(
      practice.weeks.map((w) => w.reviews),
      colors.blue,
    )}  ${count(practice.reviews)}`,
    `  retention ${spark(
      practice.weeks.map((w) => w.retention),
      colors.green,
      { min: 0 },
    )}  ${percent(practice.retention)} not rated again`,
    `  cards due now ${count(practice.cardsDue)} of ${count(practice.cards)} · abilities mastered ${count(practice.abilitiesMastered)}`,
  );
  if (practice.mastered.length > 0) {
    lines.push(
      `  mastered: ${terminalSafeLine(
        practice.mastered
          .slice(0, 5)
          .map((a) => a.name)
          .join(', '),
      )}`,
    );
  }

  lines.push(...ownIdeasLines(ledger, colors, weeksShown));
  lines.push('', heading('Divergent Association Task'));
  if (dat.count === 0) lines.push('  no scores yet: take the task with chops dat');
  else {
    const scores = lastValues(dat.scores, weeksShown).map((s) => s.score);
    lines.push(
      `  scores    ${colors.magenta(sparkline(scores))}  latest ${fixed(dat.latest)} · best ${fixed(dat.best)} · mean ${fixed(dat.mean)} (${count(dat.count)} ${dat.count === 1 ? 'score' : 'scores'})`,
    );
  }
  return lines;
}
