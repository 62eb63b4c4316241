type MarkdownIt = InstanceType<typeof import('markdown-it').default>;

// The raw HTML a document may carry: disclosure, keys, sub- and superscript, line breaks. Bare tags
// only; a tag with any attribute but `open` is shown as text.
const allowedTag = /^<\/?(details|summary|kbd|sub|sup|br)(\s+open)?\s*\/?>$/i;
const anyTag = /<\/?[a-z][^>]*>/gi;

/** The parts of a markdown-it token these rules change. */
interface RuleToken {
  type: string;
  content: string;
  children: RuleToken[] | null;
}

/** Whether every tag in a piece of raw HTML is one of the few a document may carry. */
function onlyAllowedTags(html: string): boolean {
  const tags = html.match(anyTag) ?? [];
  return tags.every((tag) => allowedTag.test(tag)) && !/<!--|<!|<\?/.test(html);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * markdown-it with raw HTML parsed but kept only when it is one of the allowed tags (escaped to text
 * otherwise), so the sanitiser stays a second wall; and task list items (`- [ ]`, `- [x]`) shown as
 * ☐ and ☑ rather than as brackets.
 */
export function withDocumentRules(markdown: MarkdownIt): MarkdownIt {
  markdown.core.ruler.push('chops_safe_html_and_tasks', (state: { tokens: RuleToken[] }) => {
    for (const token of state.tokens) {
      if (token.type === 'html_block' && !onlyAllowedTags(token.content)) {
        token.type = 'paragraph_text';
        token.content = escapeHtml(token.content);
      }
      for (const child of token.children ?? []) {
        if (child.type === 'html_inline' && !onlyAllowedTags(child.content)) child.type = 'text';
      }
    }
    state.tokens.forEach((token: RuleToken, index: number) => {
      if (token.type !== 'list_item_open') return;
      const inline = state.tokens[index + 2];
      const first = inline?.type === 'inline' ? inline.children?.[0] : undefined;
      const box = first?.type === 'text' ? /^\[( |x|X)\]\s+/.exec(first.content) : null;
      if (!first || !box) return;
      first.content = `${box[1] === ' ' ? '☐' : '☑'} ${first.content.slice(box[0].length)}`;
    });
  });
  markdown.renderer.rules.paragraph_text = (tokens: RuleToken[], index: number) =>
    `<p>${tokens[index]!.content}</p>\n`;
  return markdown;
}
