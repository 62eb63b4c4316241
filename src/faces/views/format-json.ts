import type { FormatDescription } from '../../domain/ports/format-checker.js';

/**
 * A format as GET /api/formats shows it: what the web app needs to offer it (make's picker) and to show
 * its artifacts (the view of its display kind). The guides for the model stay on the server.
 */
export function formatJson(format: FormatDescription) {
  return {
    name: format.name,
    label: format.label,
    summary: format.summary,
    display: format.display,
    sourceExtensions: [...format.sourceExtensions],
    renderExtensions: [...format.renderExtensions],
    usesData: format.dataGuide !== undefined,
  };
}
