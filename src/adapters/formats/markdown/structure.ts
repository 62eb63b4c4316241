/** The parts of a markdown-it token that the structure checks read. */
export interface BlockToken {
  type: string;
  tag: string;
  map: [number, number] | null;
  content: string;
  children: { type: string; content: string }[] | null;
}

const headingLevel = (token: BlockToken) => Number(token.tag.slice(1));

/** The heading's text, for problems. */
const headingText = (tokens: BlockToken[], index: number) => tokens[index + 1]?.content.trim() ?? '';

/**
 * A title is a first-level heading, or the `title:` of YAML front matter; a plan or protocol without
 * one has no name to be found by.
 */
export function titleProblems(tokens: BlockToken[], frontMatterTitle?: string): string[] {
  if (frontMatterTitle) return [];
  const headings = tokens.filter((token) => token.type === 'heading_open');
  if (headings.some((token) => token.tag === 'h1')) return [];
  return ['no title: start with a first-level heading, e.g. "# Title"'];
}

/**
 * Sections with nothing in them: a heading followed straight by a heading of the same or a higher level
 * (a deeper one is a subsection, which is content), or by the end of the document.
 */
export function emptySectionProblems(tokens: BlockToken[]): string[] {
  const problems: string[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    // heading_open, inline, heading_close: the next block starts three tokens on.
    const next = tokens[index + 3];
    if (next && (next.type !== 'heading_open' || headingLevel(next) > headingLevel(token))) return;
    const line = token.map ? token.map[0] + 1 : 0;
    problems.push(`line ${line}: the section "${headingText(tokens, index)}" is empty`);
  });
  return problems;
}

/**
 * What counts as a placeholder (README, "Checking your own files"): a to-do marker; square brackets
 * around an instruction ("[Insert date]", "[Your name]", "[Describe the sample]"), around a format mask
 * ("[YYYY-MM-DD]", "[HH:MM]", "[XX]") or around words in capitals ("[NAME]", "[COMPANY NAME]"); filler;
 * an <angle-bracket> or {{template}} slot. A task box ("[ ]", "[x]"), a footnote ("[1]") or a note in
 * brackets ("[sic]") is text.
 */
const placeholderPatterns: { pattern: RegExp; name: string }[] = [
  { pattern: /\b(TODO|TBD|FIXME|XXX)\b/, name: 'a to-do marker' },
  {
    pattern: /\[\s*(insert|add|your|enter|fill in|placeholder|describe|name of|type)\b[^\]]*\]/i,
    name: 'a bracketed placeholder',
  },
  { pattern: /\[[YMDHSX]{2,4}([-/.: ][YMDHSX]{1,4})*\]/, name: 'a bracketed placeholder' },
  { pattern: /\[[A-Z][A-Z_]+( [A-Z_]+)*\]/, name: 'a bracketed placeholder' },
  { pattern: /\blorem ipsum\b/i, name: 'lorem ipsum filler' },
  { pattern: /<[a-z][\w -]*>/i, name: 'an <angle-bracket> placeholder' },
  { pattern: /\{\{[^}]*\}\}/, name: 'a {{template}} placeholder' },
];

/**
 * Unfinished text: to-do markers, bracketed or angle-bracketed placeholders, filler, and "..." standing
 * alone. Code (fenced, indented or inline) is left out, where such text can be meant.
 */
export function placeholderProblems(tokens: BlockToken[]): string[] {
  const problems: string[] = [];
  for (const token of tokens) {
    // Raw HTML the document may not carry is shown as text (markdown-rules.ts), so it is read as text.
    const shownAsText = token.type === 'paragraph_text';
    if ((token.type !== 'inline' || !token.children) && !shownAsText) continue;
    const line = token.map ? token.map[0] + 1 : 0;
    const prose = shownAsText
      ? token.content.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
      : (token.children ?? [])
          .map((child) => (child.type === 'text' ? child.content : child.type.endsWith('break') ? '\n' : ''))
          .join('');
    const ellipsis = /^[ \t]*(\.\.\.|…)[ \t]*$/m.exec(prose);
    if (ellipsis) problems.push(`line ${line}: "${ellipsis[1]}" stands alone where text should be`);
    for (const { pattern, name } of placeholderPatterns) {
      const match = pattern.exec(prose);
      if (match) problems.push(`line ${line}: ${name} is left in: "${match[0]}"`);
    }
  }
  return problems;
}
