import type { CardOnArtifact } from '../../usecases/practice/card-artifact.js';
import type { Colors } from './output.js';
import { padToWidth, terminalSafe, terminalSafeLine } from './terminal-text.js';

const context = 3;

/** The artifact around the trick's lines, those lines marked, with where to see the whole of it. */
export function cardOnArtifactLines(opened: CardOnArtifact, colors: Colors): string[] {
  const { artifact, trick, location } = opened;
  const head = colors.bold(
    terminalSafeLine(`"${trick.name}" in ${artifact.title} (${artifact.format}, ${artifact.id})`),
  );
  const whole = colors.dim(`The whole artifact: chops artifact ${artifact.id}`);
  if (!location)
    return [head, colors.yellow('The example of the trick is not in the artifact as written.'), whole];
  const lines = terminalSafe(opened.content).split('\n');
  const from = Math.max(1, location.from - context);
  const to = Math.min(lines.length, location.to + context);
  const width = String(to).length;
  const shown = [];
  for (let n = from; n <= to; n++) {
    const inside = n >= location.from && n <= location.to;
    const text = `${inside ? '›' : ' '} ${padToWidth(String(n), width, 'right')}  ${lines[n - 1] ?? ''}`;
    shown.push(inside ? colors.cyan(text) : colors.dim(text));
  }
  const where =
    location.from === location.to ? `line ${location.from}` : `lines ${location.from}–${location.to}`;
  return [
    head,
    `The trick appears at ${where}${location.match === 'near' ? ' (the closest match)' : ''}:`,
    ...shown,
    whole,
  ];
}
