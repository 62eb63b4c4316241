import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeLine } from './terminal-text.js';

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
