import { createInterface } from 'node:readline';
import type { DueCard } from '../../domain/ports/practice-store.js';
import type { Thinker } from '../../domain/ports/thinker.js';
import { describeCheck } from '../../domain/practice/card-check.js';
import type { Rating } from '../../domain/practice/rating.js';
import { parseRating } from '../../domain/practice/rating.js';
import { cardSource, sourceLine } from '../../usecases/cards/card-source.js';
import { defaultSessionLimit, dueQueue } from '../../usecases/practice/due-queue.js';
import {
  runPracticeSession,
  type SessionConversation,
  type Step,
} from '../../usecases/practice/practice-session.js';
import type { ChopsApp } from '../chops-app.js';
import type { CliContext, CliIo } from './cli-context.js';
import type { Interrupt } from './interrupt.js';
import type { Colors } from './output.js';
import { refitAfterReviews } from './refit-after-reviews.js';
import { terminalSafe, terminalSafeLine } from './terminal-text.js';

/**
 * A review session at the terminal over the due cards: `chops practice`, and the practice step of the
 * guided session. Each review is committed as it is made, so leaving at any moment loses nothing.
 */
export async function practiseInTerminal(
  cli: CliContext,
  app: ChopsApp,
  options: { limit?: number | undefined; domain?: string | undefined; grade: 'self' | 'model' },
): Promise<void> {
  const thinker = options.grade === 'model' ? await app.thinker() : undefined;
  await cli.interruptible((interrupt) => session(cli, app, options, thinker, interrupt));
}

async function session(
  cli: CliContext,
  app: ChopsApp,
  options: { limit?: number | undefined; domain?: string | undefined },
  thinker: Thinker | undefined,
  interrupt: Interrupt,
): Promise<void> {
  const deps = app.deps.practice();
  const { colors } = cli.output;
  const now = app.clock.now();
  const lines = openLines(cli.io, interrupt);
  try {
    const limit = options.limit ?? defaultSessionLimit;
    const first = dueQueue({ limit, domain: options.domain }, deps);
    if (first.cards.length === 0) {
      if (first.today && first.total > 0)
        return cli.output.line(
          `Today's ${first.today.limit} cards are done (daily-limit); ${first.total} due wait for tomorrow.`,
        );
      return cli.output.line(nothingDue(first.nextDue, now));
    }
    const more = first.total > first.cards.length ? ` (of ${first.total} due)` : '';
    cli.output.line(
      colors.bold(`${first.cards.length} cards to review${more}.`) +
        colors.dim(' Type an answer or press Enter to reveal; u undoes the last review; q or Ctrl-C stops.'),
    );
    const summary = await runPracticeSession(
      { limit, domain: options.domain, thinker, signal: interrupt.signal, answerChecker: app.answerChecker },
      deps,
      terminalConversation(cli, lines, deps.masteryDays, () => app.clock.now(), sourceLineOf(app)),
    );
    cli.output.line();
    cli.output.line(`Reviewed ${summary.reviewed} ${summary.reviewed === 1 ? 'card' : 'cards'}.`);
    const next = summary.nextDue && describeDue(summary.nextDue, app.clock.now());
    if (next === 'now') cli.output.line(colors.dim('More cards are due: chops practice'));
    else if (next) cli.output.line(colors.dim(`Next card due ${next}.`));
    if (summary.reviewed > 0) await refitAfterReviews(cli, app);
  } finally {
    lines.close();
  }
}

export function leechLine(colors: Colors, lapses: number): string {
  return colors.yellow(
    `  this card is a leech (forgotten ${lapses} times): rewrite it, or chops practice --suspend-leeches`,
  );
}

type Lines = { ask(prompt: string): Promise<string | undefined>; close(): void };

// A plain question loop over the CLI's own streams: it reads scripted input as well as a terminal,
// and ends (as if the person left) on Ctrl-C or the end of input.
function openLines(io: CliIo, interrupt: Interrupt): Lines {
  const terminal = Boolean(
    (io.stdin as { isTTY?: boolean }).isTTY && (io.stdout as { isTTY?: boolean }).isTTY,
  );
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal });
  const lines = rl[Symbol.asyncIterator]();
  let closed = false;
  rl.on('close', () => {
    closed = true;
  });
  // A terminal readline catches Ctrl-C itself: it ends the session as Ctrl-C does anywhere else, also
  // while a grading is in flight; Ctrl-C from outside closes the questions as well.
  rl.on('SIGINT', () => {
    rl.close();
    interrupt.stop();
  });
  interrupt.signal.addEventListener('abort', () => rl.close(), { once: true });
  return {
    async ask(prompt) {
      // Input that has ended may still hold lines read ahead: they are answered before the end.
      if (closed) io.stdout.write(prompt);
      else {
        rl.setPrompt(prompt);
        rl.prompt();
      }
      const next = await lines.next();
      return next.done ? undefined : String(next.value);
    },
    close: () => rl.close(),
  };
}

/** Where a card came from, in a line, so that "In the head's bar 4…" makes sense at the terminal. */
function sourceLineOf(app: ChopsApp): (item: DueCard) => string {
  const deps = app.deps.cards();
  return (item) => sourceLine(cardSource(item.card, deps)).replace(/^trick "[^"]*"( · )?/, '');
}

function terminalConversation(
  cli: CliContext,
  lines: Lines,
  masteryDays: number,
  now: () => Date,
  sourceOf: (item: DueCard) => string,
): SessionConversation {
  const { colors } = cli.output;
  const say = (text = '') => cli.output.line(text);
  const indent = (text: string) => terminalSafe(text).replace(/^/gm, '  ');
  const command = <T>(text: string | undefined): Step<T> | undefined => {
    if (text === undefined || text.trim().toLowerCase() === 'q') return { kind: 'quit' };
    if (text.trim().toLowerCase() === 'u') return { kind: 'undo' };
    return undefined;
  };
  return {
    async askAnswer(item, place) {
      say();
      say(
        colors.dim(
          `[${place.number}/${place.number + place.remaining}] ${terminalSafeLine(`${item.abilityName} · ${item.trickName} · ${item.card.kind}`)}`,
        ),
      );
      const source = sourceOf(item);
      if (source) say(colors.dim(`  from ${terminalSafeLine(source)}`));
      say(indent(item.card.prompt));
      if (item.card.formatCheck)
        say(
          colors.dim(
            `  (${describeCheck(item.card.formatCheck)}; """ on a line starts and ends an answer of many lines)`,
          ),
        );
      const text = await lines.ask(colors.cyan('answer (Enter reveals) > '));
      const step = command<string>(text);
      if (step) return step;
      if (text!.trim() !== '"""') return { kind: 'value', value: text!.trim() };
      const block: string[] = [];
      for (;;) {
        const line = await lines.ask(colors.dim('… '));
        if (line === undefined) return { kind: 'quit' };
        if (line.trim() === '"""') return { kind: 'value', value: block.join('\n') };
        block.push(line);
      }
    },
    async askRating(item, proposal) {
      say(colors.green('Answer:'));
      say(indent(item.card.answer));
      if (item.card.check) say(`${colors.green('Check:')}\n${indent(item.card.check)}`);
      if (proposal) {
        const who = proposal.by === 'check' ? 'check' : 'model';
        say(colors.magenta(`${who}: ${proposal.rating} — ${terminalSafeLine(proposal.reason)}`));
        for (const problem of (proposal.problems ?? []).slice(1, 6))
          say(colors.yellow(`  ${terminalSafeLine(problem)}`));
      }
      const hint = proposal ? ` [Enter: ${proposal.rating}]` : '';
      for (;;) {
        const text = await lines.ask(colors.cyan(`rate 1 again · 2 hard · 3 good · 4 easy${hint} > `));
        const step = command<Rating>(text);
        if (step) return step;
        if (text!.trim() === '' && proposal) return { kind: 'value', value: proposal.rating };
        try {
          return { kind: 'value', value: parseRating(text!) };
        } catch {
          say(colors.yellow('  type 1, 2, 3 or 4 (or again, hard, good, easy), u to undo, q to stop'));
        }
      }
    },
    reviewed(_item, outcome, again) {
      const when = describeDue(outcome.card.memory.due, now());
      say(colors.dim(`  ${outcome.review.rating}: next ${when}${again ? ', again in this session' : ''}`));
      if (outcome.promoted) say(promotedLine(colors, outcome.promoted.name, masteryDays));
      if (outcome.leech) say(leechLine(colors, outcome.card.memory.lapses));
    },
    undone(outcome) {
      if (!outcome) return say(colors.yellow('  nothing to undo in this session'));
      say(colors.yellow(`  undid the ${outcome.review.rating} review; that card comes again`));
      if (outcome.demoted)
        say(
          colors.yellow(terminalSafeLine(`  "${outcome.demoted.name}" is ${outcome.demoted.status} again`)),
        );
    },
    gradingFailed(message) {
      say(
        colors.yellow(
          `  the model could not grade this one (${terminalSafeLine(message)}); grade it yourself`,
        ),
      );
    },
  };
}

export function promotedLine(colors: Colors, name: string, masteryDays: number): string {
  return colors.green(
    colors.bold(
      terminalSafeLine(`★ "${name}" is now your own: every card of it holds for ${masteryDays}+ days.`),
    ),
  );
}

function nothingDue(nextDue: Date | undefined, now: Date): string {
  if (!nextDue)
    return 'No practice cards yet. Learn tricks from something you made: chops learn <artifact-id>';
  return `Nothing is due. The next card is due ${describeDue(nextDue, now)}.`;
}

/** "in 10 minutes", "in 5 hours", "in 3 days (2026-02-03)": when a card is due, for a person. */
export function describeDue(due: Date, now: Date): string {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes <= 0) return 'now';
  if (minutes < 90) return `in ${plural(minutes, 'minute')}`;
  if (minutes < 36 * 60) return `in ${plural(Math.round(minutes / 60), 'hour')}`;
  return `in ${plural(Math.round(minutes / 1440), 'day')} (${due.toISOString().slice(0, 10)})`;
}
