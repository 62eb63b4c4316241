import { formatDefinitions } from '../../adapters/formats/registry.js';

/** The formats' names, for `--format` choices. */
export const formatChoices: readonly string[] = formatDefinitions.map((format) => format.name);

/** The usual source file of each format: ".js, .abc, .vl.json, .md". */
export const sourceFilesHelp = formatDefinitions.map((format) => `.${format.sourceExtensions[0]}`).join(', ');

/**
 * The `--out` help, from the registry: each format's renderings, then the sources. "write it: .mid or
 * .svg (a score) for music, .svg for a chart, .html for a document, or its source (.js, .abc, …)".
 */
export function outHelp(lead: string): string {
  const renderings = formatDefinitions.flatMap((format) => (format.renderHelp ? [format.renderHelp] : []));
  return `${lead}: ${[...renderings, `or its source (${sourceFilesHelp})`].join(', ')}`;
}
