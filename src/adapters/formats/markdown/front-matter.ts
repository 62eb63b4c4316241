/** YAML front matter at the top of a document: its title, if it has one, and the document without it. */
interface FrontMatter {
  title: string | undefined;
  /** The document with the front matter's lines blanked, so line numbers in problems stay right. */
  body: string;
}

/**
 * Reads a leading `---` … `---` (or `...`) block, as static site generators and note apps write it. Only
 * its `title:` is read; the rest is metadata the check leaves alone.
 */
export function frontMatter(content: string): FrontMatter {
  const lines = content.split('\n');
  if (lines[0]?.trim() !== '---') return { title: undefined, body: content };
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return { title: undefined, body: content };
  const titleLine = lines.slice(1, end).find((line) => /^title\s*:/i.test(line));
  const title = titleLine
    ?.replace(/^title\s*:\s*/i, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');
  const body = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  return { title: title || undefined, body };
}
