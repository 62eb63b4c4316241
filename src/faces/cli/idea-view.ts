import type { Idea, Need } from '../../domain/idea.js';
import type { Colors } from './output.js';
import { terminalSafeLine } from './terminal-text.js';

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
