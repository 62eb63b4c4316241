import { describe, expect, it } from 'vitest';
import { createMarkdownChecker } from './markdown-checker.js';

const checker = createMarkdownChecker();
const protocol = `# Cheaper enzyme assay

A colorimetric readout instead of the kit.

## Materials

- p-nitrophenyl phosphate, 10 mM
- plate reader at 405 nm

## Steps

1. Mix 50 µL sample with 50 µL substrate.
2. Read every minute for 10 minutes.

### Notes

Keep the plate at 25 °C. See [the method](https://example.org/method).

\`\`\`
TODO in code is fine: it is code
\`\`\`
`;

describe('markdown checker: structure', () => {
  it('passes a titled document whose sections all have content, and renders it', async () => {
    const result = await checker.check(protocol);
    expect(result).toMatchObject({ passed: true, problems: [] });
    expect(result.output).toContain('<h1>Cheaper enzyme assay</h1>');
    expect(result.output).toContain(
      '<a href="https://example.org/method" rel="noopener noreferrer nofollow">',
    );
  });

  it('fails a document without a first-level heading', async () => {
    const result = await checker.check(protocol.replace('# Cheaper', '## Cheaper'));
    expect(result.problems).toEqual(['no title: start with a first-level heading, e.g. "# Title"']);
  });

  it('fails empty sections: a heading followed by one of the same or higher level, or by the end', async () => {
    const result = await checker.check(
      '# Plan\n\nIntro.\n\n## Budget\n\n## Timeline\n\nMarch.\n\n## Risks\n',
    );
    expect(result.problems).toEqual([
      'line 5: the section "Budget" is empty',
      'line 11: the section "Risks" is empty',
    ]);
    // A heading followed by a deeper one is not empty: the subsection is its content.
    expect((await checker.check('# Plan\n\n## Steps\n\n### First\n\nDo it.\n')).passed).toBe(true);
  });

  it.each([
    ['TODO: write the method', 'a to-do marker is left in: "TODO"'],
    ['Budget is TBD.', 'a to-do marker is left in: "TBD"'],
    ['FIXME check units', 'a to-do marker is left in: "FIXME"'],
    ['Send it to [insert name here].', 'a bracketed placeholder is left in: "[insert name here]"'],
    ['Lorem ipsum dolor sit amet.', 'lorem ipsum filler is left in: "Lorem ipsum"'],
    ['Signed, <your name>', 'an <angle-bracket> placeholder is left in: "<your name>"'],
    ['Dear {{customer}},', 'a {{template}} placeholder is left in: "{{customer}}"'],
    ['Signed: [Your name]', 'a bracketed placeholder is left in: "[Your name]"'],
    ['Date: [YYYY-MM-DD]', 'a bracketed placeholder is left in: "[YYYY-MM-DD]"'],
    ['Start at [HH:MM].', 'a bracketed placeholder is left in: "[HH:MM]"'],
    ['Prepared by [COMPANY NAME].', 'a bracketed placeholder is left in: "[COMPANY NAME]"'],
    ['Sample: [Describe the sample]', 'a bracketed placeholder is left in: "[Describe the sample]"'],
    ['First step.\n...\nLast step.', '"..." stands alone where text should be'],
  ])('fails the placeholder in %j', async (text, problem) => {
    const result = await checker.check(`# Title\n\n${text}\n`);
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([`line 3: ${problem}`]);
  });

  it('does not mistake ordinary prose, code or links for placeholders', async () => {
    const prose = '# Title\n\nA todo list, an ellipsis... and `TODO()` in code, <https://example.org>.\n';
    expect((await checker.check(prose)).problems).toEqual([]);
    const notes =
      '# Title\n\nAs he wrote [sic], see note [1] and [the method](https://example.org).\n\n- [ ] a task\n';
    expect((await checker.check(notes)).problems).toEqual([]);
  });

  it('accepts YAML front matter, whose title is the title', async () => {
    const withFrontMatter = `---\ntitle: "Protocol: enzyme assay"\nauthor: Dana\ndate: 2026-11-30\n---\n\n## Steps\n\nMix, then read at 405 nm.\n`;
    const result = await checker.check(withFrontMatter);
    expect(result.problems).toEqual([]);
    expect(result.output).not.toContain('author');
    const html = new TextDecoder().decode(await checker.render(withFrontMatter, 'html'));
    expect(html).toContain('<title>Protocol: enzyme assay</title>');
    expect(html).toContain('<h1>Protocol: enzyme assay</h1>');
    // A problem's line number still counts the front matter's lines.
    expect((await checker.check(`${withFrontMatter}\n## Budget\n`)).problems).toEqual([
      'line 11: the section "Budget" is empty',
    ]);
  });

  it('accepts <details> and shows it as a disclosure, and shows task lists as boxes', async () => {
    const result = await checker.check(
      '# Checklist\n\n- [ ] order substrate\n- [x] book the plate reader\n\n<details>\n<summary>Why 405 nm</summary>\n\np-nitrophenol absorbs there.\n\n</details>\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.output).toContain('<li>☐ order substrate</li>');
    expect(result.output).toContain('<li>☑ book the plate reader</li>');
    expect(result.output).toContain('<details>\n<summary>Why 405 nm</summary>');
    // A tag with attributes, or any other tag, stays text.
    const other = await checker.check('# T\n\n<details onclick="x()">\n\nText.\n\n<div>box</div>\n');
    expect(other.output).toContain('&lt;details onclick="x()"&gt;');
    expect(other.output).toContain('&lt;div&gt;box&lt;/div&gt;');
  });

  it('fails an empty document', async () => {
    expect((await checker.check('  \n')).problems).toEqual(['the document is empty']);
  });
});

describe('markdown checker: sanitised HTML', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body { display: none }</style>',
    '<a href="javascript:alert(1)" onclick="alert(2)">raw</a>',
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](java&#x09;script:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![pic](javascript:alert(1))',
    '<javascript:alert(1)>',
    '[x](//evil.example/path)',
  ];

  it.each(attacks)('neutralises %s', async (attack) => {
    const { output = '' } = await checker.check(`# Title\n\n${attack}\n`);
    expect(output).not.toMatch(/<(script|iframe|style|img|object|embed|form)\b/i);
    expect(output).not.toMatch(/<[^>]+\son\w+\s*=/i);
    // Inside a tag only: an escaped attack shown as text is harmless and is what the person should see.
    expect(output).not.toMatch(/<[^>]*\s(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
    expect(output).not.toMatch(/<a[^>]*href="\/\//);
  });

  it('keeps the attack visible as text rather than silently dropping what the model wrote', async () => {
    const { output } = await checker.check('# Title\n\n<script>alert(1)</script>\n');
    expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes a complete, self-contained HTML page and refuses other renderings', async () => {
    const html = new TextDecoder().decode(await checker.render(protocol, 'html'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>Cheaper enzyme assay</title>');
    expect(html).toMatch(/<style>[^<]*max-width[^<]*<\/style>/);
    expect(html).toContain('<h2>Materials</h2>');
    expect(html.trim().endsWith('</body>\n</html>')).toBe(true);
    // Self-contained: nothing is fetched when the page opens.
    expect(html).not.toMatch(/<(link|script|img)\b|@import|url\(/i);
    await expect(checker.render(protocol, 'pdf')).rejects.toThrow(/\.md or \.html/);
  });
});
