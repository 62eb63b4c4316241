const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Readable on screen and on paper, with no fonts or files fetched: the page is one self-contained file.
const style = `
  body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
    max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
  h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.5em; }
  h1 { font-size: 2rem; margin-top: 0; }
  pre, code, kbd { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
  pre { background: #f5f5f7; padding: 0.8rem 1rem; overflow-x: auto; border-radius: 6px; }
  code { background: #f5f5f7; padding: 0.1em 0.3em; border-radius: 4px; }
  pre code { background: none; padding: 0; }
  kbd { border: 1px solid #c7c7cc; border-radius: 4px; padding: 0 0.3em; }
  blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #d2d2d7; color: #424245; }
  table { border-collapse: collapse; margin: 1em 0; }
  th, td { border: 1px solid #d2d2d7; padding: 0.35em 0.7em; text-align: left; }
  details { margin: 1em 0; } summary { cursor: pointer; font-weight: 600; }
  a { color: #0058b0; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

/**
 * A complete HTML page around a document's sanitised HTML: doctype, charset, viewport, a title (the
 * given one, else the first heading) and a stylesheet of its own, so the file reads well when opened or
 * printed anywhere.
 */
export function htmlDocument(body: string, title?: string): string {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1]?.replace(/<[^>]*>/g, '');
  const name = title ?? heading?.trim() ?? 'Document';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(name.replace(/&[a-z]+;|&#\d+;/gi, (entity) => entity))}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    title && !heading ? `<h1>${escapeHtml(title)}</h1>` : '',
    body.trim(),
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
