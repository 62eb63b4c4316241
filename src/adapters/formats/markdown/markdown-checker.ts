import type { CheckResult } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { FormatEngine } from '../format-definition.js';
import { elapsedSince, problemLine } from '../problem-text.js';
import { frontMatter } from './front-matter.js';
import { htmlDocument } from './html-document.js';
import { withDocumentRules } from './markdown-rules.js';
import { sanitiseHtml } from './sanitise.js';
import { type BlockToken, emptySectionProblems, placeholderProblems, titleProblems } from './structure.js';

type MarkdownIt = InstanceType<typeof import('markdown-it').default>;
let parser: Promise<MarkdownIt> | undefined;
// Raw HTML is kept only for a few bare tags (markdown-rules.ts) and escaped otherwise, so the sanitiser
// is a second wall, not the only one.
const loadParser = () => {
  parser ??= import('markdown-it').then(({ default: MarkdownIt }) =>
    withDocumentRules(new MarkdownIt({ html: true, linkify: false })),
  );
  return parser;
};

/** The document rendered to HTML that is safe to show: no scripts, handlers, styles, frames or javascript: links. */
export async function markdownToSafeHtml(content: string): Promise<string> {
  const markdown = await loadParser();
  return await sanitiseHtml(markdown.render(frontMatter(content).body));
}

/**
 * Checks prose, plans and protocols in Markdown: a title (a first-level heading or front matter's
 * `title:`), no empty sections and no unfinished placeholders (structure.ts says which). YAML front
 * matter, `<details>` and task lists are the document's own. The output is the document as sanitised
 * HTML; `.html` is a whole page around it.
 */
export function createMarkdownChecker(): FormatEngine {
  return {
    async check(content: string): Promise<CheckResult> {
      const start = performance.now();
      const markdown = await loadParser();
      const { title, body } = frontMatter(content);
      const tokens = markdown.parse(body, {}) as unknown as BlockToken[];
      const problems = body.trim()
        ? [...titleProblems(tokens, title), ...emptySectionProblems(tokens), ...placeholderProblems(tokens)]
        : ['the document is empty'];
      return {
        passed: problems.length === 0,
        problems: problems.slice(0, 12).map((problem) => problemLine(problem)),
        output: await sanitiseHtml(markdown.render(body)),
        durationMs: elapsedSince(start),
      };
    },
    async render(content: string, extension: string): Promise<Uint8Array> {
      if (extension !== 'html')
        throw new UserInputError(`a markdown artifact can be written as .md or .html, not .${extension}`);
      const { title } = frontMatter(content);
      return new TextEncoder().encode(htmlDocument(await markdownToSafeHtml(content), title));
    },
  };
}
