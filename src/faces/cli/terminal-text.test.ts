import { describe, expect, it } from 'vitest';
import { columnWidth, padToWidth, terminalSafe, terminalSafeLine } from './terminal-text.js';

describe('terminalSafe', () => {
  it('removes escape sequences that would recolour, retitle or clear the terminal', () => {
    expect(terminalSafe('a\u001b[31mred\u001b[0m b')).toBe('ared b');
    expect(terminalSafe('x\u001b]0;pwned\u0007y')).toBe('xy');
    expect(terminalSafe('\u001b[2J\u001b[Hcleared')).toBe('cleared');
  });

  it('replaces other control characters but keeps text of any language', () => {
    expect(terminalSafe('bell\u0007 back\bspace\u009b')).not.toMatch(/\p{Cc}(?<![\n\t])/u);
    expect(terminalSafe('und\u0000')).toBe('und\ufffd');
    expect(terminalSafe('和声 ✓\nnext\tcol')).toBe('和声 ✓\nnext\tcol');
    expect(terminalSafeLine('one\ntwo\r\nthree')).toBe('one two three');
  });
});

describe('terminalSafe drops what the terminal would obey', () => {
  it('removes OSC 8 links (either terminator), 8-bit CSI and bidi overrides', () => {
    expect(terminalSafe('\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\ me')).toBe('click me');
    expect(terminalSafe('x\u001b]0;a title with spaces\u0007y')).toBe('xy');
    expect(terminalSafe('a\u009b2Jb')).toBe('ab');
    expect(terminalSafeLine('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });
});

describe('padToWidth', () => {
  it('pads by terminal columns: CJK and emoji take two, colours none', () => {
    expect(columnWidth('和声')).toBe(4);
    expect(padToWidth('和声', 6)).toBe('和声  ');
    expect(padToWidth('🎷', 3)).toBe('🎷 ');
    expect(padToWidth('\u001b[32mok\u001b[39m', 4)).toBe('\u001b[32mok\u001b[39m  ');
    expect(padToWidth('7', 3, 'right')).toBe('  7');
    expect(padToWidth('too wide', 3)).toBe('too wide');
  });
});
