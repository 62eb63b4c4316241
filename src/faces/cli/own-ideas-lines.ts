import { lastValues, sparkline } from '../../domain/ledger/charts.js';
import type { Ledger } from '../../domain/ledger/ledger.js';
import type { Colors } from './output.js';
import { padToWidth, terminalSafeLine } from './terminal-text.js';

const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/**
 * The person's own ideas in the ledger: how many, how varied, how original, how many use abilities
 * absorbed through chops, how alike they are to the model's; then each absorbed ability; then the AUT.
 */
export function ownIdeasLines(ledger: Ledger, colors: Colors, weeksShown: number): string[] {
  const { ownIdeas, aut } = ledger;
  const spark = (values: (number | null)[], color: (text: string) => string) =>
    color(sparkline(lastValues(values, weeksShown), { min: 0 }));
  const lines = ['', colors.bold('Your own ideas')];
  if (ownIdeas.ideas === 0) {
    lines.push('  none yet: give your own first when you imagine (chops imagine "…" --idea "…")');
  } else {
    const row = (name: string, values: (number | null)[], figure: string, color: (t: string) => string) =>
      `  ${padToWidth(name, 11)} ${spark(values, color)}  ${figure}`;
    const weeks = ownIdeas.weeks;
    lines.push(
      row(
        'ideas',
        weeks.map((w) => w.ideas),
        String(ownIdeas.ideas),
        colors.blue,
      ),
      row(
        'spread',
        weeks.map((w) => w.spread),
        fixed(ownIdeas.spread),
        colors.cyan,
      ),
      row(
        'originality',
        weeks.map((w) => w.meanOriginality),
        `${fixed(ownIdeas.meanOriginality)} of 5`,
        colors.magenta,
      ),
      row(
        'absorbed',
        weeks.map((w) => w.absorbedShare),
        `${percent(ownIdeas.absorbedShare)} use an ability you absorbed`,
        colors.green,
      ),
      row(
        'like model',
        weeks.map((w) => w.similarityToModel),
        `${fixed(ownIdeas.similarityToModel)} mean similarity to the model’s ideas for the same goals (rising: homogenization)`,
        colors.yellow,
      ),
    );
  }
  for (const ability of ownIdeas.absorbed) {
    const first = ability.firstOwnIdea
      ? `first own idea ${ability.firstOwnIdea.at.slice(0, 10)}: ${ability.firstOwnIdea.text}`
      : 'not yet in an idea of your own';
    lines.push(
      terminalSafeLine(
        `  absorbed ${ability.name}: lent ${ability.lentAt.slice(0, 10)}, own ${ability.ownAt.slice(0, 10)}, ${first}`,
      ),
    );
  }
  if (aut.count > 0) {
    const latest = aut.scores.at(-1)!;
    lines.push(
      '',
      colors.bold('Alternative Uses Task'),
      `  originality ${colors.magenta(
        sparkline(
          lastValues(
            aut.scores.map((s) => s.originality),
            weeksShown,
          ),
        ),
      )}  latest ${latest.originality.toFixed(2)} of 5 · fluency ${latest.fluency} · flexibility ${latest.flexibility ?? '–'} (${aut.count} ${aut.count === 1 ? 'answer' : 'answers'})`,
    );
  }
  return lines;
}
