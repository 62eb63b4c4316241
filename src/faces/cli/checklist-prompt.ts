import type { ChecklistAnswer } from '../../usecases/recognition/answers.js';
import { type AnswersResult, answerChecklist } from '../../usecases/recognition/answers.js';
import type { ChecklistDeps, ToConfirm } from '../../usecases/recognition/checklist.js';
import type { CliContext } from './cli-context.js';
import { PromptCancelled, Prompter } from './prompter.js';
import { terminalSafeLine } from './terminal-text.js';

const quoted = (name: string) => `"${terminalSafeLine(name)}"`;

/**
 * "Can you already do these?" after imagine or make. At a terminal, one question per need (yes, not yet,
 * skip); Ctrl-C keeps the answers given so far. Elsewhere it never waits: it prints how to answer later.
 * Returns what the answers changed, or nothing when none were given.
 */
export async function askChecklist(
  cli: CliContext,
  items: readonly ToConfirm[],
  domain: string,
  deps: ChecklistDeps,
  prompter?: Prompter,
): Promise<AnswersResult | undefined> {
  if (items.length === 0) return undefined;
  if (!cli.interactive) {
    printChecklistHint(cli, items);
    return undefined;
  }
  const ask = prompter ?? new Prompter(cli.io);
  ask.info('Can you already do these? (chops could not place them in your repertoire)');
  const answers: ChecklistAnswer[] = [];
  try {
    for (const item of items) {
      const needed = `${item.neededBy} ${item.neededBy === 1 ? 'idea needs' : 'ideas need'} it`;
      const choice = await ask.choose(`${terminalSafeLine(item.name)} (${needed})`, [
        ...(item.sameAs
          ? [{ value: 'same' as const, label: `Yes: it is my ${quoted(item.sameAs.name)}` }]
          : []),
        { value: 'yes' as const, label: item.sameAs ? 'Yes, an ability of its own' : 'Yes, I can' },
        { value: 'not yet' as const, label: 'Not yet' },
        { value: 'skip' as const, label: 'Skip (ask me later)' },
      ]);
      if (choice === 'same') answers.push({ name: item.name, answer: 'yes', sameAs: item.sameAs!.id });
      else answers.push({ name: item.name, answer: choice });
    }
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    ask.info('Stopped: the answers given so far are kept; the rest will be asked again.');
  }
  if (!answers.some((a) => a.answer !== 'skip')) return undefined;
  const result = await answerChecklist(answers, { domain }, deps);
  for (const line of describeAnswers(result)) ask.info(line);
  return result;
}

/** What the answers did, in a few lines. */
export function describeAnswers(result: AnswersResult): string[] {
  const lines: string[] = [];
  const own = [...result.owned.map((o) => o.ability.name), ...result.confirmed.map((c) => c.ability.name)];
  if (own.length) lines.push(`Your own now: ${own.map(terminalSafeLine).join(', ')}.`);
  if (result.notYet.length)
    lines.push(`Not yet (chops will not ask again): ${result.notYet.map(terminalSafeLine).join(', ')}.`);
  for (const goal of result.remapped) {
    if (goal.moved === 0) continue;
    lines.push(
      terminalSafeLine(
        `"${goal.goal.text}": ${goal.moved} ${goal.moved === 1 ? 'idea' : 'ideas'} re-mapped; now ${goal.solo.length} solo and ${goal.reach.length} reach (chops ideas --goal ${goal.goal.id}).`,
      ),
    );
  }
  return lines;
}

/** Without a terminal: the checklist as text, and the commands that answer it. */
function printChecklistHint(cli: CliContext, items: readonly ToConfirm[]): void {
  const { colors } = cli.output;
  cli.output.line();
  cli.output.line(colors.underline('Can you already do these?'));
  for (const item of items) {
    const same = item.sameAs ? ` (your ${quoted(item.sameAs.name)}?)` : '';
    cli.output.line(`  - ${terminalSafeLine(item.name)}${same}`);
  }
  cli.output.line(
    colors.dim('Answer with: chops can "<name>" [--as "<your ability>"]  ·  chops lack "<name>"'),
  );
}
