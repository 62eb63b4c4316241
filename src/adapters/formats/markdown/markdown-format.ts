import type { FormatDefinition } from '../format-definition.js';

/** A Markdown document: a title, no empty sections, no placeholders. */
export const markdownFormat: FormatDefinition = {
  name: 'markdown',
  label: 'Document (Markdown)',
  summary: 'a Markdown document (a plan, a protocol, prose)',
  guide:
    'markdown: a Markdown document with a title (a # heading, or YAML front matter with title:), ' +
    'sections under ## headings, every section with real content, and no placeholders (no TODO, TBD, ' +
    '[Your name], [YYYY-MM-DD], [NAME], lorem ipsum, <angle> or {{template}} slots).',
  display: 'document',
  sourceExtensions: ['md', 'markdown'],
  renderExtensions: ['html'],
  renderHelp: '.html for a document',
  loadEngine: async () => (await import('./markdown-checker.js')).createMarkdownChecker(),
};
