import { describe, expect, it } from 'vitest';
import {
  acronymsOf,
  asAcronym,
  compactName,
  nameKey,
  sameNumbers,
  sameWordsUpToForm,
} from './ability-name.js';

/** Whether `short` is one of the acronyms of `long`, as the ability index matches them. */
const isAcronymOf = (short: string, long: string) => {
  const acronym = asAcronym(short);
  return acronym !== undefined && acronymsOf(long).includes(acronym);
};

describe('nameKey', () => {
  it.each([
    ['Chord Voicings', 'chord voicing'],
    ['Node.js', 'node js'],
    ['pen-test', 'pentest'],
    ['JS', 'JavaScript'],
    ['Regex', 'regular expressions'],
    ['stats', 'Statistics'],
    ['data visualisation', 'Data Visualization'],
    ['the blues scale', 'Blues scales'],
    ["Pearson's correlation", 'pearsons correlation'],
    ['  Western   blotting ', 'western blotting'],
  ])('folds "%s" and "%s" to one key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['C', 'C++'],
    ['C', 'C#'],
    ['C++', 'C#'],
    ['harmonic minor scale', 'harmonic analysis'],
    ['linear regression', 'logistic regression'],
    ['Python', 'Java'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('keeps letters of any language', () => {
    expect(nameKey('Análisis de Fourier')).toBe('análisisdefourier');
    expect(nameKey('和声学')).toBe('和声学');
    expect(nameKey('Гармония')).toBe(nameKey('гармония'));
  });
});

describe('acronyms', () => {
  it('matches initials either of all words or of the major ones', () => {
    expect(isAcronymOf('FFT', 'fast Fourier transform')).toBe(true);
    expect(isAcronymOf('PCR', 'Polymerase Chain Reaction')).toBe(true);
    expect(isAcronymOf('DoE', 'design of experiments')).toBe(true);
  });

  it('does not match single words, long strings or different initials', () => {
    expect(isAcronymOf('FFT', 'FFT')).toBe(false);
    expect(isAcronymOf('PCA', 'polymerase chain reaction')).toBe(false);
    expect(isAcronymOf('fast fourier', 'fast fourier transform')).toBe(false);
    expect(isAcronymOf('A', 'apple')).toBe(false);
  });
});

describe('compactName', () => {
  it('ignores spacing and punctuation but keeps the symbols that change meaning', () => {
    expect(compactName('NodeJS')).toBe(compactName('Node.js'));
    expect(compactName('C++')).not.toBe(compactName('C'));
  });
});

describe('sameWordsUpToForm', () => {
  it('accepts reordered words and other forms of them', () => {
    expect(sameWordsUpToForm('jazz improvisation', 'improvising jazz')).toBe(true);
    expect(sameWordsUpToForm('statistical modelling', 'statistics model')).toBe(true);
  });

  it('rejects names where a word differs outright or is missing', () => {
    expect(sameWordsUpToForm('harmonic minor scale', 'melodic minor scale')).toBe(false);
    expect(sameWordsUpToForm('walking bass line', 'walking bass')).toBe(false);
  });
});

describe('sameNumbers', () => {
  it.each([
    ['Python 2', 'Python 3'],
    ['HTTP/1.1', 'HTTP/2'],
    ['ES5', 'ES6'],
    ['Vue 2', 'Vue 3'],
    ['grade 5 piano', 'grade 8 piano'],
    ['Beethoven sonata no. 8', 'Beethoven sonata no. 14'],
    ['grade five piano', 'grade 8 piano'],
    ['Python', 'Python 3'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(sameNumbers(a, b)).toBe(false);
  });

  it.each([
    ['Python 3', 'python3'],
    ['HTTP/2', 'HTTP/2.0'],
    ['grade five piano', 'Grade 5 Piano'],
    ['fast Fourier transform', 'FFT'],
    ['C++', 'c plus plus'],
  ])('lets "%s" and "%s" be one', (a, b) => {
    expect(sameNumbers(a, b)).toBe(true);
  });
});
