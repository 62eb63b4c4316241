import type { CheckResult } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { FormatChecker } from '../../../domain/ports/format-checker.js';
import { formatFiles } from '../format-files.js';
import { elapsedSince, problemLine } from '../problem-text.js';
import { sanitiseHtml } from './sanitise.js';
import { type BlockToken, emptySectionProblems, placeholderProblems, titleProblems } from './structure.js';

type MarkdownIt = InstanceType<typeof import('markdown-it').default>;
let parser: Promise<MarkdownIt> | undefined;
// Raw HTML off: markdown-it escapes it, so the sanitiser is a second wall, not the only one.
const loadParser = () => {
  parser ??= import('markdown-it').then(
    ({ default: MarkdownIt }) => new MarkdownIt({ html: false, linkify: false }),
  );
  return parser;
};

/** The document rendered to HTML that is safe to show: no scripts, handlers, styles, frames or javascript: links. */
export async function markdownToSafeHtml(content: string): Promise<string> {
  const markdown = await loadParser();
  return await sanitiseHtml(markdown.render(content));
}

/**
 * Checks prose, plans and protocols in Markdown: a title (a first-level heading), no empty sections and
 * no unfinished placeholders. The output is the document as sanitised HTML.
 */
export function createMarkdownChecker(): FormatChecker {
  return {
    format: 'markdown',
    renderExtensions: formatFiles.markdown.render,
    sourceExtensions: formatFiles.markdown.source,
    async check(content: string): Promise<CheckResult> {
      const start = performance.now();
      const markdown = await loadParser();
      const tokens = markdown.parse(content, {}) as unknown as BlockToken[];
      const problems = content.trim()
        ? [...titleProblems(tokens), ...emptySectionProblems(tokens), ...placeholderProblems(tokens)]
        : ['the document is empty'];
      return {
        passed: problems.length === 0,
        problems: problems.slice(0, 12).map((problem) => problemLine(problem)),
        output: await sanitiseHtml(markdown.render(content)),
        durationMs: elapsedSince(start),
      };
    },
    async render(content: string, extension: string): Promise<Uint8Array> {
      if (extension !== 'html')
        throw new UserInputError(`a markdown artifact can be written as .md or .html, not .${extension}`);
      return new TextEncoder().encode(await markdownToSafeHtml(content));
    },
  };
}
