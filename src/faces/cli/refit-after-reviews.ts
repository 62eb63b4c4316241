import { refitIfDue } from '../../usecases/practice/fit-scheduler.js';
import type { ChopsApp } from '../chops-app.js';
import type { CliContext } from './cli-context.js';
import { fitLines } from './scheduler-lines.js';
import { terminalSafeLine } from './terminal-text.js';

/**
 * Fits the scheduler again when the review log has doubled since the last fit. A failed fit never
 * costs the person their session: the reviews are already stored, the old parameters stay.
 */
export async function refitAfterReviews(cli: CliContext, app: ChopsApp): Promise<void> {
  const { colors } = cli.output;
  try {
    const fit = await refitIfDue(app.deps.fit());
    if (!fit) return;
    cli.output.line(colors.dim(`Your reviews have doubled since the scheduler was last fitted to them:`));
    for (const line of fitLines(fit, colors)) cli.output.line(line);
  } catch (error) {
    cli.output.line(
      colors.yellow(
        `Could not refit the scheduler (${terminalSafeLine((error as Error).message)}); the old parameters stay.`,
      ),
    );
  }
}
