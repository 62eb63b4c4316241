import { cutText } from '../../domain/model-text.js';
import type { RetentionReport } from '../../domain/practice/review-history.js';
import { fitIsBetter, fitThresholds, type SchedulerFit } from '../../domain/practice/scheduler-fit.js';
import type { Leech } from '../../usecases/practice/leeches.js';
import type { Colors } from './output.js';
import { padToWidth, terminalSafeLine } from './terminal-text.js';

const percent = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(1)}%` : '–');
const loss = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '–');

function row(label: string, report: RetentionReport): string {
  return `  ${padToWidth(label, 10)}${[percent(report.predicted), percent(report.observed), loss(report.logLoss)].map((figure) => padToWidth(figure, 10, 'right')).join('')}`;
}

/** A fit of the scheduler for a person: what was fitted, how well each set predicted, what is used now. */
export function fitLines(fit: SchedulerFit, colors: Colors): string[] {
  const counted = `${fit.reviewCount} reviews (${fit.itemCount} training items)`;
  if (fit.scope === 'defaults')
    return [
      `Too few reviews to fit: ${counted}; fsrs-rs needs ${fitThresholds.minimum} items. The default parameters stay.`,
    ];
  const what =
    fit.scope === 'full'
      ? 'every parameter'
      : `the initial stabilities only (under ${fitThresholds.full} items)`;
  return [
    colors.bold(`Fitted the scheduler to ${counted}: ${what}.`),
    `Retention over ${fit.fitted.reviews} reviews a day or more after the one before:`,
    colors.dim(
      `  ${padToWidth('', 10)}${['predicted', 'observed', 'log loss'].map((heading) => padToWidth(heading, 10, 'right')).join('')}`,
    ),
    row('defaults', fit.defaults),
    row('fitted', fit.fitted),
    `Parameters: ${fit.parameters.map((w) => w.toFixed(4)).join(' ')}`,
    fitIsBetter(fit)
      ? colors.green('Reviews are now scheduled with the fitted parameters.')
      : colors.yellow('The fit predicted your reviews worse than the defaults: the defaults stay.'),
  ];
}

/** The leeches, one line each. */
export function leechLines(leeches: readonly Leech[], leechLapses: number, colors: Colors): string[] {
  if (leeches.length === 0) return [`No leeches (cards forgotten ${leechLapses} times or more).`];
  return [
    colors.bold(
      `${leeches.length} ${leeches.length === 1 ? 'leech' : 'leeches'} (forgotten ${leechLapses}+ times):`,
    ),
    ...leeches.map(
      ({ card, trickName }) =>
        `  ${card.id}  ${padToWidth(String(card.memory.lapses), 3, 'right')} lapses  ${cutText(terminalSafeLine(`${trickName}: ${card.prompt}`), 90)}`,
    ),
  ];
}
