import { describe, expect, it } from 'vitest';
import { cleanModelText, safeModelText } from './model-text.js';

const rlo = '\u202E';
const pdf = '\u202C';

describe('model text made safe', () => {
  it('drops bidi overrides, isolates and marks, so a name cannot reverse what follows', () => {
    // A weak model's answer that copied a right-to-left override from its training data.
    expect(cleanModelText(`Western blotting ${rlo}gnirots dloc${pdf} for beginners`, 120)).toBe(
      'Western blotting gnirots dloc for beginners',
    );
    for (const mark of [
      '\u202A',
      '\u202B',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
    ])
      expect(cleanModelText(`modal${mark} interchange`, 120), mark.codePointAt(0)!.toString(16)).toBe(
        'modal interchange',
      );
  });

  it('drops invisible characters: zero-width spaces, the BOM, soft hyphens, tags, Hangul fillers', () => {
    expect(cleanModelText('\uFEFFcounter\u200Bpoint', 120)).toBe('counterpoint');
    expect(cleanModelText('re\u00ADharmonisation', 120)).toBe('reharmonisation');
    expect(cleanModelText('voice leading\u{E0041}\u{E0042}', 120)).toBe('voice leading');
    expect(cleanModelText('\u3164\u3164', 120)).toBe('');
  });

  it('keeps what writing needs: joiners in emoji and scripts, accents, right-to-left letters', () => {
    expect(cleanModelText('family 👩\u200D👩\u200D👧 songs', 120)).toBe('family 👩\u200D👩\u200D👧 songs');
    expect(cleanModelText('می\u200Cخواهم', 120)).toBe('می\u200Cخواهم');
    expect(cleanModelText('שיר ערש', 120)).toBe('שיר ערש');
    expect(cleanModelText('Cafe\u0301 crème', 120)).toBe('Café crème');
  });

  it('drops terminal escape sequences whole, not only their ESC', () => {
    expect(cleanModelText('Exactly \u001b[2Jright.', 200)).toBe('Exactly right.');
    expect(cleanModelText('see \u001b]8;;https://evil.example\u0007here\u001b]8;;\u0007', 200)).toBe(
      'see here',
    );
    expect(cleanModelText('\u001b[1;31mred\u001b[0m alert', 200)).toBe('red alert');
  });

  it('multi-line text keeps its lines and tabs but loses the same controls', () => {
    const answer = `F minor (iv)\r\n\tborrowed from ${rlo}C minor\u200B\x1b[31m\u0007`;
    expect(safeModelText(answer)).toBe('F minor (iv)\n\tborrowed from C minor');
    expect(safeModelText('a'.repeat(10), 5)).toBe('aaaa…');
  });
});
