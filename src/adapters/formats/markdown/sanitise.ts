type SanitizeHtml = typeof import('sanitize-html');
let sanitizer: Promise<SanitizeHtml> | undefined;
// sanitize-html brings htmlparser2 and postcss: loaded on the first markdown check, not on chops' start.
const loadSanitizer = () => {
  sanitizer ??= import('sanitize-html').then(
    (module) => ((module as { default?: SanitizeHtml }).default ?? module) as SanitizeHtml,
  );
  return sanitizer;
};

const allowedTags = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code'],
  ...['ul', 'ol', 'li', 'strong', 'em', 's', 'del', 'a'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ...['details', 'summary', 'kbd', 'sub', 'sup'],
];
const alignment = { 'text-align': [/^(left|right|center)$/] };

/**
 * Keeps only the HTML that Markdown produces for text, and links that are plain web or mail links.
 * Everything else is dropped: scripts, styles, frames, forms, event handlers, `javascript:` and `data:`
 * URLs, and images (which would make the viewer fetch from anywhere).
 */
export async function sanitiseHtml(html: string): Promise<string> {
  const sanitizeHtml = await loadSanitizer();
  return sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      ol: ['start'],
      th: ['style'],
      td: ['style'],
      code: ['class'],
      details: ['open'],
    },
    allowedStyles: { th: alignment, td: alignment },
    allowedClasses: { code: [/^language-[\w-]+$/] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
  });
}
