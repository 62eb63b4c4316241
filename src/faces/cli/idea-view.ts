import type { Goal, Idea, Need } from '../../domain/idea.js';
import type { Colors } from './output.js';
import { terminalSafeLine } from './terminal-text.js';

export function needJson(need: Need) {
  return { name: need.name, status: need.status, how: need.how };
}

/** An idea as `--json` shows it: the fields DESIGN.md and the imagine issue name. */
export function ideaJson(idea: Idea) {
  return {
    id: idea.id,
    goalId: idea.goalId,
    set: idea.set,
    title: idea.title,
    pitch: idea.pitch,
    lens: idea.lens,
    needs: idea.needs.map(needJson),
    reach: round(idea.reach),
    novelty: round(idea.novelty),
    createdAt: idea.createdAt.toISOString(),
  };
}

export function goalJson(goal: Goal) {
  return {
    id: goal.id,
    text: goal.text,
    domain: goal.domain,
    model: goal.model,
    spread: { solo: roundOrNull(goal.soloSpread), reach: roundOrNull(goal.reachSpread) },
    gain: roundOrNull(goal.gain),
    notes: goal.notes,
    createdAt: goal.createdAt.toISOString(),
  };
}

/** Reach at a glance: ten cells, filled for the share of needs the person does not own. */
export function reachBar(reach: number): string {
  const filled = Math.round(reach * 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
}

/** The needs of an idea on one line: own plain, lent in yellow, new in magenta and marked. */
export function needsLine(needs: readonly Need[], colors: Colors): string {
  return needs
    .map((need) => {
      const name = terminalSafeLine(need.name);
      if (need.status === 'own') return colors.green(name);
      if (need.status === 'lent') return colors.yellow(`${name} (lent)`);
      return colors.magenta(`${name} (new)`);
    })
    .join(', ');
}

/** An idea in full, for `chops idea` and the imagine listing. */
export function ideaLines(idea: Idea, colors: Colors, indent = ''): string[] {
  return [
    `${indent}${colors.bold(terminalSafeLine(idea.title))} ${colors.dim(`[${idea.id}]`)}`,
    `${indent}  reach ${reachBar(idea.reach)} ${Math.round(idea.reach * 100)}%   novelty ${idea.novelty.toFixed(2)}   lens: ${terminalSafeLine(idea.lens)}`,
    `${indent}  ${terminalSafeLine(idea.pitch)}`,
    `${indent}  needs: ${needsLine(idea.needs, colors) || colors.dim('none listed')}`,
  ];
}

export function formatGain(gain: number | undefined): string {
  return gain === undefined ? 'n/a (too few ideas to compare)' : `${gain.toFixed(2)}×`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundOrNull(value: number | undefined): number | null {
  return value === undefined ? null : round(value);
}
