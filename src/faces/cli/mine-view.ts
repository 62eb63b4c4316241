import type { MineIdea } from '../../domain/mine.js';
import { needsLine, reachBar } from './idea-view.js';
import type { Colors } from './output.js';
import { terminalSafeLine } from './terminal-text.js';

/** One of the person's own ideas with the measures the model's ideas get. */
export function mineIdeaLines(idea: MineIdea, colors: Colors, indent = ''): string[] {
  const reach =
    idea.reach === undefined ? 'reach n/a' : `reach ${reachBar(idea.reach)} ${Math.round(idea.reach * 100)}%`;
  const novelty = idea.novelty === undefined ? '' : `   novelty ${idea.novelty.toFixed(2)}`;
  const originality =
    idea.originality === undefined ? '' : `   originality ${idea.originality.toFixed(2)} of 5`;
  return [
    `${indent}${colors.bold(terminalSafeLine(idea.text))} ${colors.dim(`[${idea.id}]`)}`,
    `${indent}  ${reach}${novelty}${originality}`,
    `${indent}  needs: ${needsLine(idea.needs, colors) || colors.dim('none listed')}`,
  ];
}

export function formatSpread(spread: number | undefined): string {
  return spread === undefined ? 'n/a' : spread.toFixed(2);
}
